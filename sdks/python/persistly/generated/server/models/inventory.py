from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.inventory_item import InventoryItem





T = TypeVar("T", bound="Inventory")



@_attrs_define
class Inventory:
    """ An account's item stacks (only those held), ordered by `itemId`, and the economy's version (the same as the
    wallet's).

        Attributes:
            account_id (str): An account id: `acc_` and 26 lowercase base32 characters (128 random bits).
            version (int):
            items (list[InventoryItem]):
     """

    account_id: str
    version: int
    items: list[InventoryItem]





    def to_dict(self) -> dict[str, Any]:
        from ..models.inventory_item import InventoryItem # noqa: PLC0415
        account_id = self.account_id

        version = self.version

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "accountId": account_id,
            "version": version,
            "items": items,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inventory_item import InventoryItem # noqa: PLC0415
        d = dict(src_dict)
        account_id = d.pop("accountId")

        version = d.pop("version")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = InventoryItem.from_dict(items_item_data)



            items.append(items_item)


        inventory = cls(
            account_id=account_id,
            version=version,
            items=items,
        )

        return inventory

