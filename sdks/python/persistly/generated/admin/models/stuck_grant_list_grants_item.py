from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.grant import Grant





T = TypeVar("T", bound="StuckGrantListGrantsItem")



@_attrs_define
class StuckGrantListGrantsItem:
    """ 
        Attributes:
            grant (Grant): Rewards issued to an account and claimed by the player. `status`: pending → claimed | expired |
                revoked (a pending grant past `expiresAt` is expired). A pending grant with a `lastError` is stuck: its last
                claim could not apply, and an operator can force-claim it.
            player_ref (None | str): The account's playerRef, to look the player up.
     """

    grant: Grant
    player_ref: None | str





    def to_dict(self) -> dict[str, Any]:
        from ..models.grant import Grant # noqa: PLC0415
        grant = self.grant.to_dict()

        player_ref: None | str
        player_ref = self.player_ref


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "grant": grant,
            "playerRef": player_ref,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.grant import Grant # noqa: PLC0415
        d = dict(src_dict)
        grant = Grant.from_dict(d.pop("grant"))




        def _parse_player_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        player_ref = _parse_player_ref(d.pop("playerRef"))


        stuck_grant_list_grants_item = cls(
            grant=grant,
            player_ref=player_ref,
        )

        return stuck_grant_list_grants_item

