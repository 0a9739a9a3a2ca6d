from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="InventoryItem")



@_attrs_define
class InventoryItem:
    """ One stack: the quantity held, and the item's cap and whether the player can consume it, from the active catalog
    (`maxCount` null for an item the active catalog no longer has).

        Attributes:
            item_id (str): A currency, item or offer id: 1–64 of `a-z 0-9 _ . -`, starting with a letter or digit.
            quantity (int):
            max_count (int | None):
            consumable (bool):
     """

    item_id: str
    quantity: int
    max_count: int | None
    consumable: bool





    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        quantity = self.quantity

        max_count: int | None
        max_count = self.max_count

        consumable = self.consumable


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "itemId": item_id,
            "quantity": quantity,
            "maxCount": max_count,
            "consumable": consumable,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_id = d.pop("itemId")

        quantity = d.pop("quantity")

        def _parse_max_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_count = _parse_max_count(d.pop("maxCount"))


        consumable = d.pop("consumable")

        inventory_item = cls(
            item_id=item_id,
            quantity=quantity,
            max_count=max_count,
            consumable=consumable,
        )

        return inventory_item

