from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.iap_purchase import IapPurchase
  from ..models.ledger_entry import LedgerEntry





T = TypeVar("T", bound="IapResult")



@_attrs_define
class IapResult:
    """ The purchase, the ledger entry of this fulfilment or refund, and whether it had happened before (a retry: nothing
    applied twice).

        Attributes:
            purchase (IapPurchase): A fulfilled store transaction: the offer it matched, what it gave, and its refund once
                refunded.
            entry (LedgerEntry | None):
            seen_before (bool):
     """

    purchase: IapPurchase
    entry: LedgerEntry | None
    seen_before: bool





    def to_dict(self) -> dict[str, Any]:
        from ..models.iap_purchase import IapPurchase # noqa: PLC0415
        from ..models.ledger_entry import LedgerEntry # noqa: PLC0415
        purchase = self.purchase.to_dict()

        entry: dict[str, Any] | None
        if isinstance(self.entry, LedgerEntry):
            entry = self.entry.to_dict()
        else:
            entry = self.entry

        seen_before = self.seen_before


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "purchase": purchase,
            "entry": entry,
            "seenBefore": seen_before,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.iap_purchase import IapPurchase # noqa: PLC0415
        from ..models.ledger_entry import LedgerEntry # noqa: PLC0415
        d = dict(src_dict)
        purchase = IapPurchase.from_dict(d.pop("purchase"))




        def _parse_entry(data: object) -> LedgerEntry | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                entry_type_1 = LedgerEntry.from_dict(data)



                return entry_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LedgerEntry | None, data)

        entry = _parse_entry(d.pop("entry"))


        seen_before = d.pop("seenBefore")

        iap_result = cls(
            purchase=purchase,
            entry=entry,
            seen_before=seen_before,
        )

        return iap_result

