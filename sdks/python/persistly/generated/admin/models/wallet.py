from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.wallet_balance import WalletBalance





T = TypeVar("T", bound="Wallet")



@_attrs_define
class Wallet:
    """ An account's balances. An untouched wallet holds each currency's `initial` at version 0; every change set adds one
    ledger entry and raises `version` by one (two for the very first, whose opening balances get an entry of their own).

        Attributes:
            account_id (str): An account id: `acc_` and 26 lowercase base32 characters (128 random bits).
            version (int):
            balances (list[WalletBalance]):
     """

    account_id: str
    version: int
    balances: list[WalletBalance]





    def to_dict(self) -> dict[str, Any]:
        from ..models.wallet_balance import WalletBalance # noqa: PLC0415
        account_id = self.account_id

        version = self.version

        balances = []
        for balances_item_data in self.balances:
            balances_item = balances_item_data.to_dict()
            balances.append(balances_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "accountId": account_id,
            "version": version,
            "balances": balances,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.wallet_balance import WalletBalance # noqa: PLC0415
        d = dict(src_dict)
        account_id = d.pop("accountId")

        version = d.pop("version")

        balances = []
        _balances = d.pop("balances")
        for balances_item_data in (_balances):
            balances_item = WalletBalance.from_dict(balances_item_data)



            balances.append(balances_item)


        wallet = cls(
            account_id=account_id,
            version=version,
            balances=balances,
        )

        return wallet

