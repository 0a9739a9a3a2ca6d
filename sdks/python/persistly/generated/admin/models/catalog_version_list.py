from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.catalog_version import CatalogVersion





T = TypeVar("T", bound="CatalogVersionList")



@_attrs_define
class CatalogVersionList:
    """ Every published version, newest first (without `catalog`), and the active one.

        Attributes:
            active_version (int | None):
            versions (list[CatalogVersion]):
     """

    active_version: int | None
    versions: list[CatalogVersion]





    def to_dict(self) -> dict[str, Any]:
        from ..models.catalog_version import CatalogVersion # noqa: PLC0415
        active_version: int | None
        active_version = self.active_version

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "activeVersion": active_version,
            "versions": versions,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.catalog_version import CatalogVersion # noqa: PLC0415
        d = dict(src_dict)
        def _parse_active_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        active_version = _parse_active_version(d.pop("activeVersion"))


        versions = []
        _versions = d.pop("versions")
        for versions_item_data in (_versions):
            versions_item = CatalogVersion.from_dict(versions_item_data)



            versions.append(versions_item)


        catalog_version_list = cls(
            active_version=active_version,
            versions=versions,
        )

        return catalog_version_list

