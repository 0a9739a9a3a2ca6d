from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.sdk_usage_surface import SdkUsageSurface






T = TypeVar("T", bound="SdkUsage")



@_attrs_define
class SdkUsage:
    """ 
        Attributes:
            surface (SdkUsageSurface):
            sdk (str):
            requests (int):
     """

    surface: SdkUsageSurface
    sdk: str
    requests: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        surface = self.surface.value

        sdk = self.sdk

        requests = self.requests


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "surface": surface,
            "sdk": sdk,
            "requests": requests,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        surface = SdkUsageSurface(d.pop("surface"))




        sdk = d.pop("sdk")

        requests = d.pop("requests")

        sdk_usage = cls(
            surface=surface,
            sdk=sdk,
            requests=requests,
        )


        sdk_usage.additional_properties = d
        return sdk_usage

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
