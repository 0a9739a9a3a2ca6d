from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="GameOverviewStorage")



@_attrs_define
class GameOverviewStorage:
    """ Bytes of every stored slot version in the workspace, against the plan's limit.

        Attributes:
            used_bytes (int):
            limit_bytes (int):
     """

    used_bytes: int
    limit_bytes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        used_bytes = self.used_bytes

        limit_bytes = self.limit_bytes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "usedBytes": used_bytes,
            "limitBytes": limit_bytes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        used_bytes = d.pop("usedBytes")

        limit_bytes = d.pop("limitBytes")

        game_overview_storage = cls(
            used_bytes=used_bytes,
            limit_bytes=limit_bytes,
        )


        game_overview_storage.additional_properties = d
        return game_overview_storage

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
