from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="Currency")



@_attrs_define
class Currency:
    """ A soft currency: balances are integers from 0 to `max`; a new account starts at `initial`.

        Attributes:
            currency_id (str): A currency, item or offer id: 1–64 of `a-z 0-9 _ . -`, starting with a letter or digit.
            initial (int):
            max_ (int):
     """

    currency_id: str
    initial: int
    max_: int





    def to_dict(self) -> dict[str, Any]:
        currency_id = self.currency_id

        initial = self.initial

        max_ = self.max_


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "currencyId": currency_id,
            "initial": initial,
            "max": max_,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency_id = d.pop("currencyId")

        initial = d.pop("initial")

        max_ = d.pop("max")

        currency = cls(
            currency_id=currency_id,
            initial=initial,
            max_=max_,
        )

        return currency

