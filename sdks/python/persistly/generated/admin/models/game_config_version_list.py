from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.game_config_version import GameConfigVersion





T = TypeVar("T", bound="GameConfigVersionList")



@_attrs_define
class GameConfigVersionList:
    """ 
        Attributes:
            active_version (int | None):
            versions (list[GameConfigVersion]): Newest first, without `config`.
     """

    active_version: int | None
    versions: list[GameConfigVersion]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.game_config_version import GameConfigVersion # noqa: PLC0415
        active_version: int | None
        active_version = self.active_version

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "activeVersion": active_version,
            "versions": versions,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.game_config_version import GameConfigVersion # noqa: PLC0415
        d = dict(src_dict)
        def _parse_active_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        active_version = _parse_active_version(d.pop("activeVersion"))


        versions = []
        _versions = d.pop("versions")
        for versions_item_data in (_versions):
            versions_item = GameConfigVersion.from_dict(versions_item_data)



            versions.append(versions_item)


        game_config_version_list = cls(
            active_version=active_version,
            versions=versions,
        )


        game_config_version_list.additional_properties = d
        return game_config_version_list

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
