from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.pushed_match_failures_item_cause import PushedMatchFailuresItemCause






T = TypeVar("T", bound="PushedMatchFailuresItem")



@_attrs_define
class PushedMatchFailuresItem:
    """ 
        Attributes:
            account_id (str):
            cause (PushedMatchFailuresItemCause):
     """

    account_id: str
    cause: PushedMatchFailuresItemCause





    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        cause = self.cause.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "accountId": account_id,
            "cause": cause,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        cause = PushedMatchFailuresItemCause(d.pop("cause"))




        pushed_match_failures_item = cls(
            account_id=account_id,
            cause=cause,
        )

        return pushed_match_failures_item

