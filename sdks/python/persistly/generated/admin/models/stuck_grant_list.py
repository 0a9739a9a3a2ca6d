from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.stuck_grant_list_grants_item import StuckGrantListGrantsItem





T = TypeVar("T", bound="StuckGrantList")



@_attrs_define
class StuckGrantList:
    """ Stuck grants of the game: pending, not expired, and their last claim could not apply (`lastError`). Newest first, at
    most 100, each with the player's `playerRef`.

        Attributes:
            grants (list[StuckGrantListGrantsItem]):
     """

    grants: list[StuckGrantListGrantsItem]





    def to_dict(self) -> dict[str, Any]:
        from ..models.stuck_grant_list_grants_item import StuckGrantListGrantsItem # noqa: PLC0415
        grants = []
        for grants_item_data in self.grants:
            grants_item = grants_item_data.to_dict()
            grants.append(grants_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "grants": grants,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stuck_grant_list_grants_item import StuckGrantListGrantsItem # noqa: PLC0415
        d = dict(src_dict)
        grants = []
        _grants = d.pop("grants")
        for grants_item_data in (_grants):
            grants_item = StuckGrantListGrantsItem.from_dict(grants_item_data)



            grants.append(grants_item)


        stuck_grant_list = cls(
            grants=grants,
        )

        return stuck_grant_list

