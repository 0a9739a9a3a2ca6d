from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="UsageRuntimeRequests")



@_attrs_define
class UsageRuntimeRequests:
    """ SDK-surface requests this month across the workspace.

        Attributes:
            used (int):
            quota (int | None): Null: unlimited.
     """

    used: int
    quota: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        used = self.used

        quota: int | None
        quota = self.quota


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "used": used,
            "quota": quota,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        used = d.pop("used")

        def _parse_quota(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        quota = _parse_quota(d.pop("quota"))


        usage_runtime_requests = cls(
            used=used,
            quota=quota,
        )


        usage_runtime_requests.additional_properties = d
        return usage_runtime_requests

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
