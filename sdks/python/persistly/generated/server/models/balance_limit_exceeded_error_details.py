from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="BalanceLimitExceededErrorDetails")



@_attrs_define
class BalanceLimitExceededErrorDetails:
    """ Which currency, its cap, and what the balance would have been.

        Attributes:
            resource (str): A currency, item or offer id: 1–64 of `a-z 0-9 _ . -`, starting with a letter or digit.
            limit (int):
            would_be (int):
     """

    resource: str
    limit: int
    would_be: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        resource = self.resource

        limit = self.limit

        would_be = self.would_be


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "resource": resource,
            "limit": limit,
            "wouldBe": would_be,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource = d.pop("resource")

        limit = d.pop("limit")

        would_be = d.pop("wouldBe")

        balance_limit_exceeded_error_details = cls(
            resource=resource,
            limit=limit,
            would_be=would_be,
        )


        balance_limit_exceeded_error_details.additional_properties = d
        return balance_limit_exceeded_error_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
