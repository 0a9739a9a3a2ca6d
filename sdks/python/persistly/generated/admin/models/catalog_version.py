from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.catalog import Catalog





T = TypeVar("T", bound="CatalogVersion")



@_attrs_define
class CatalogVersion:
    """ A published catalog version; `catalog` is included where the operation says so.

        Attributes:
            version (int):
            published_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
            active (bool):
            bytes_ (int):
            catalog (Catalog | Unset): An environment's currencies, items and offers. Every id an offer names must be in the
                same catalog.
     """

    version: int
    published_at: datetime.datetime
    active: bool
    bytes_: int
    catalog: Catalog | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.catalog import Catalog # noqa: PLC0415
        version = self.version

        published_at = self.published_at.isoformat()

        active = self.active

        bytes_ = self.bytes_

        catalog: dict[str, Any] | Unset = UNSET
        if not isinstance(self.catalog, Unset):
            catalog = self.catalog.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "version": version,
            "publishedAt": published_at,
            "active": active,
            "bytes": bytes_,
        })
        if catalog is not UNSET:
            field_dict["catalog"] = catalog

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.catalog import Catalog # noqa: PLC0415
        d = dict(src_dict)
        version = d.pop("version")

        published_at = datetime.datetime.fromisoformat(d.pop("publishedAt"))




        active = d.pop("active")

        bytes_ = d.pop("bytes")

        _catalog = d.pop("catalog", UNSET)
        catalog: Catalog | Unset
        if isinstance(_catalog,  Unset):
            catalog = UNSET
        else:
            catalog = Catalog.from_dict(_catalog)




        catalog_version = cls(
            version=version,
            published_at=published_at,
            active=active,
            bytes_=bytes_,
            catalog=catalog,
        )

        return catalog_version

