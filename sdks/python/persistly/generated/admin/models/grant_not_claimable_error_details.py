from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.grant_not_claimable_error_details_status import GrantNotClaimableErrorDetailsStatus






T = TypeVar("T", bound="GrantNotClaimableErrorDetails")



@_attrs_define
class GrantNotClaimableErrorDetails:
    """ The grant and its status.

        Attributes:
            grant_id (str): A grant's id.
            status (GrantNotClaimableErrorDetailsStatus):
     """

    grant_id: str
    status: GrantNotClaimableErrorDetailsStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        grant_id = self.grant_id

        status = self.status.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "grantId": grant_id,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_id = d.pop("grantId")

        status = GrantNotClaimableErrorDetailsStatus(d.pop("status"))




        grant_not_claimable_error_details = cls(
            grant_id=grant_id,
            status=status,
        )


        grant_not_claimable_error_details.additional_properties = d
        return grant_not_claimable_error_details

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
