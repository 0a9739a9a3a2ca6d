from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.item_properties import ItemProperties





T = TypeVar("T", bound="Item")



@_attrs_define
class Item:
    """ An inventory item: a stack of at most `maxCount` (1 for an item that does not stack); `consumable` items can be used
    up by the player; `properties` are free JSON of at most 4 KB.

        Attributes:
            item_id (str): A currency, item or offer id: 1–64 of `a-z 0-9 _ . -`, starting with a letter or digit.
            stackable (bool):
            max_count (int):
            consumable (bool):
            properties (ItemProperties | Unset):
     """

    item_id: str
    stackable: bool
    max_count: int
    consumable: bool
    properties: ItemProperties | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.item_properties import ItemProperties # noqa: PLC0415
        item_id = self.item_id

        stackable = self.stackable

        max_count = self.max_count

        consumable = self.consumable

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "itemId": item_id,
            "stackable": stackable,
            "maxCount": max_count,
            "consumable": consumable,
        })
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_properties import ItemProperties # noqa: PLC0415
        d = dict(src_dict)
        item_id = d.pop("itemId")

        stackable = d.pop("stackable")

        max_count = d.pop("maxCount")

        consumable = d.pop("consumable")

        _properties = d.pop("properties", UNSET)
        properties: ItemProperties | Unset
        if isinstance(_properties,  Unset):
            properties = UNSET
        else:
            properties = ItemProperties.from_dict(_properties)




        item = cls(
            item_id=item_id,
            stackable=stackable,
            max_count=max_count,
            consumable=consumable,
            properties=properties,
        )

        return item

