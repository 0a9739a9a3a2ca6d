from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.ledger_entry_source import LedgerEntrySource
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.ledger_entry_balances_after import LedgerEntryBalancesAfter
  from ..models.ledger_entry_changes import LedgerEntryChanges
  from ..models.ledger_entry_item_changes import LedgerEntryItemChanges
  from ..models.ledger_entry_items_after import LedgerEntryItemsAfter
  from ..models.rewards import Rewards





T = TypeVar("T", bound="LedgerEntry")



@_attrs_define
class LedgerEntry:
    """ One change set of the account's economy: the currency and item changes, the balances and stacks after it, where it
    came from (`initial`, `purchase`, `grant`, `event_entry`, `iap`, `iap_refund`, `consume`, `server`), why, the
    caller's reference, and what a capped change could not apply (`shortfall`, force-claims and refunds only).

        Attributes:
            entry_id (str):
            version (int): The account's economy version after this entry: entries are numbered from 1 per account,
                currencies and items alike.
            at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
            source (LedgerEntrySource):
            reason (str):
            ref (None | str):
            changes (LedgerEntryChanges): Currency changes applied, by currency id (empty when only items changed).
            balances_after (LedgerEntryBalancesAfter): Every balance of the wallet after this entry.
            item_changes (LedgerEntryItemChanges): Item changes applied, by item id.
            items_after (LedgerEntryItemsAfter): The stacks of the changed items after this entry.
            shortfall (None | Rewards): What a capped change could not apply: the amounts a force-claim could not credit, or
                a refund could not take back. Null when everything applied.
     """

    entry_id: str
    version: int
    at: datetime.datetime
    source: LedgerEntrySource
    reason: str
    ref: None | str
    changes: LedgerEntryChanges
    balances_after: LedgerEntryBalancesAfter
    item_changes: LedgerEntryItemChanges
    items_after: LedgerEntryItemsAfter
    shortfall: None | Rewards





    def to_dict(self) -> dict[str, Any]:
        from ..models.ledger_entry_balances_after import LedgerEntryBalancesAfter # noqa: PLC0415
        from ..models.ledger_entry_changes import LedgerEntryChanges # noqa: PLC0415
        from ..models.ledger_entry_item_changes import LedgerEntryItemChanges # noqa: PLC0415
        from ..models.ledger_entry_items_after import LedgerEntryItemsAfter # noqa: PLC0415
        from ..models.rewards import Rewards # noqa: PLC0415
        entry_id = self.entry_id

        version = self.version

        at = self.at.isoformat()

        source = self.source.value

        reason = self.reason

        ref: None | str
        ref = self.ref

        changes = self.changes.to_dict()

        balances_after = self.balances_after.to_dict()

        item_changes = self.item_changes.to_dict()

        items_after = self.items_after.to_dict()

        shortfall: dict[str, Any] | None
        if isinstance(self.shortfall, Rewards):
            shortfall = self.shortfall.to_dict()
        else:
            shortfall = self.shortfall


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "entryId": entry_id,
            "version": version,
            "at": at,
            "source": source,
            "reason": reason,
            "ref": ref,
            "changes": changes,
            "balancesAfter": balances_after,
            "itemChanges": item_changes,
            "itemsAfter": items_after,
            "shortfall": shortfall,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ledger_entry_balances_after import LedgerEntryBalancesAfter # noqa: PLC0415
        from ..models.ledger_entry_changes import LedgerEntryChanges # noqa: PLC0415
        from ..models.ledger_entry_item_changes import LedgerEntryItemChanges # noqa: PLC0415
        from ..models.ledger_entry_items_after import LedgerEntryItemsAfter # noqa: PLC0415
        from ..models.rewards import Rewards # noqa: PLC0415
        d = dict(src_dict)
        entry_id = d.pop("entryId")

        version = d.pop("version")

        at = datetime.datetime.fromisoformat(d.pop("at"))




        source = LedgerEntrySource(d.pop("source"))




        reason = d.pop("reason")

        def _parse_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ref = _parse_ref(d.pop("ref"))


        changes = LedgerEntryChanges.from_dict(d.pop("changes"))




        balances_after = LedgerEntryBalancesAfter.from_dict(d.pop("balancesAfter"))




        item_changes = LedgerEntryItemChanges.from_dict(d.pop("itemChanges"))




        items_after = LedgerEntryItemsAfter.from_dict(d.pop("itemsAfter"))




        def _parse_shortfall(data: object) -> None | Rewards:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shortfall_type_1 = Rewards.from_dict(data)



                return shortfall_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Rewards, data)

        shortfall = _parse_shortfall(d.pop("shortfall"))


        ledger_entry = cls(
            entry_id=entry_id,
            version=version,
            at=at,
            source=source,
            reason=reason,
            ref=ref,
            changes=changes,
            balances_after=balances_after,
            item_changes=item_changes,
            items_after=items_after,
            shortfall=shortfall,
        )

        return ledger_entry

