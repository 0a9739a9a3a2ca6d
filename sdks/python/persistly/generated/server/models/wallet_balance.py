from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="WalletBalance")



@_attrs_define
class WalletBalance:
    """ One currency's balance, and its cap in the active catalog (null for a currency the active catalog no longer has).

        Attributes:
            currency_id (str): A currency, item or offer id: 1–64 of `a-z 0-9 _ . -`, starting with a letter or digit.
            balance (int):
            max_ (int | None):
     """

    currency_id: str
    balance: int
    max_: int | None





    def to_dict(self) -> dict[str, Any]:
        currency_id = self.currency_id

        balance = self.balance

        max_: int | None
        max_ = self.max_


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "currencyId": currency_id,
            "balance": balance,
            "max": max_,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency_id = d.pop("currencyId")

        balance = d.pop("balance")

        def _parse_max_(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_ = _parse_max_(d.pop("max"))


        wallet_balance = cls(
            currency_id=currency_id,
            balance=balance,
            max_=max_,
        )

        return wallet_balance

