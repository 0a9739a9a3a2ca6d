from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.ledger_entry import LedgerEntry
  from ..models.wallet import Wallet





T = TypeVar("T", bound="WalletTransaction")



@_attrs_define
class WalletTransaction:
    """ The ledger entry written, and the wallet after it.

        Attributes:
            entry (LedgerEntry): One change set of the account's economy: the currency and item changes, the balances and
                stacks after it, where it came from (`initial`, `purchase`, `grant`, `event_entry`, `iap`, `iap_refund`,
                `consume`, `server`), why, the caller's reference, and what a capped change could not apply (`shortfall`, force-
                claims and refunds only).
            wallet (Wallet): An account's balances. An untouched wallet holds each currency's `initial` at version 0; every
                change set adds one ledger entry and raises `version` by one (two for the very first, whose opening balances get
                an entry of their own).
     """

    entry: LedgerEntry
    wallet: Wallet





    def to_dict(self) -> dict[str, Any]:
        from ..models.ledger_entry import LedgerEntry # noqa: PLC0415
        from ..models.wallet import Wallet # noqa: PLC0415
        entry = self.entry.to_dict()

        wallet = self.wallet.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "entry": entry,
            "wallet": wallet,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ledger_entry import LedgerEntry # noqa: PLC0415
        from ..models.wallet import Wallet # noqa: PLC0415
        d = dict(src_dict)
        entry = LedgerEntry.from_dict(d.pop("entry"))




        wallet = Wallet.from_dict(d.pop("wallet"))




        wallet_transaction = cls(
            entry=entry,
            wallet=wallet,
        )

        return wallet_transaction

