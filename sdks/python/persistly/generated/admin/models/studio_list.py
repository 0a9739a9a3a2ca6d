from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.studio_summary import StudioSummary





T = TypeVar("T", bound="StudioList")



@_attrs_define
class StudioList:
    """ The member's studios.

        Attributes:
            studios (list[StudioSummary]):
     """

    studios: list[StudioSummary]





    def to_dict(self) -> dict[str, Any]:
        from ..models.studio_summary import StudioSummary # noqa: PLC0415
        studios = []
        for studios_item_data in self.studios:
            studios_item = studios_item_data.to_dict()
            studios.append(studios_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "studios": studios,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.studio_summary import StudioSummary # noqa: PLC0415
        d = dict(src_dict)
        studios = []
        _studios = d.pop("studios")
        for studios_item_data in (_studios):
            studios_item = StudioSummary.from_dict(studios_item_data)



            studios.append(studios_item)


        studio_list = cls(
            studios=studios,
        )

        return studio_list

