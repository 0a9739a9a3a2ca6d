from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.inventory import Inventory
  from ..models.ledger_entry import LedgerEntry





T = TypeVar("T", bound="InventoryChange")



@_attrs_define
class InventoryChange:
    """ The ledger entry of the change and the inventory after it.

        Attributes:
            entry (LedgerEntry): One change set of the account's economy: the currency and item changes, the balances and
                stacks after it, where it came from (`initial`, `purchase`, `grant`, `event_entry`, `iap`, `iap_refund`,
                `consume`, `server`), why, the caller's reference, and what a capped change could not apply (`shortfall`, force-
                claims and refunds only).
            inventory (Inventory): An account's item stacks (only those held), ordered by `itemId`, and the economy's
                version (the same as the wallet's).
     """

    entry: LedgerEntry
    inventory: Inventory





    def to_dict(self) -> dict[str, Any]:
        from ..models.inventory import Inventory # noqa: PLC0415
        from ..models.ledger_entry import LedgerEntry # noqa: PLC0415
        entry = self.entry.to_dict()

        inventory = self.inventory.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "entry": entry,
            "inventory": inventory,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inventory import Inventory # noqa: PLC0415
        from ..models.ledger_entry import LedgerEntry # noqa: PLC0415
        d = dict(src_dict)
        entry = LedgerEntry.from_dict(d.pop("entry"))




        inventory = Inventory.from_dict(d.pop("inventory"))




        inventory_change = cls(
            entry=entry,
            inventory=inventory,
        )

        return inventory_change

