from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="PayloadTooLargeDetails")



@_attrs_define
class PayloadTooLargeDetails:
    """ 
        Attributes:
            field (str):
            limit_bytes (int | Unset):
            actual_bytes (int | Unset):
            limit_items (int | Unset):
            actual_items (int | Unset):
     """

    field: str
    limit_bytes: int | Unset = UNSET
    actual_bytes: int | Unset = UNSET
    limit_items: int | Unset = UNSET
    actual_items: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        field = self.field

        limit_bytes = self.limit_bytes

        actual_bytes = self.actual_bytes

        limit_items = self.limit_items

        actual_items = self.actual_items


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "field": field,
        })
        if limit_bytes is not UNSET:
            field_dict["limitBytes"] = limit_bytes
        if actual_bytes is not UNSET:
            field_dict["actualBytes"] = actual_bytes
        if limit_items is not UNSET:
            field_dict["limitItems"] = limit_items
        if actual_items is not UNSET:
            field_dict["actualItems"] = actual_items

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field")

        limit_bytes = d.pop("limitBytes", UNSET)

        actual_bytes = d.pop("actualBytes", UNSET)

        limit_items = d.pop("limitItems", UNSET)

        actual_items = d.pop("actualItems", UNSET)

        payload_too_large_details = cls(
            field=field,
            limit_bytes=limit_bytes,
            actual_bytes=actual_bytes,
            limit_items=limit_items,
            actual_items=actual_items,
        )


        payload_too_large_details.additional_properties = d
        return payload_too_large_details

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
