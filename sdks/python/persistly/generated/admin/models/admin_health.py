from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.admin_health_status import AdminHealthStatus






T = TypeVar("T", bound="AdminHealth")



@_attrs_define
class AdminHealth:
    """ The operator surface is up.

        Attributes:
            status (AdminHealthStatus):
     """

    status: AdminHealthStatus





    def to_dict(self) -> dict[str, Any]:
        status = self.status.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = AdminHealthStatus(d.pop("status"))




        admin_health = cls(
            status=status,
        )

        return admin_health

