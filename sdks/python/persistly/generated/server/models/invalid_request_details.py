from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.validation_issue import ValidationIssue





T = TypeVar("T", bound="InvalidRequestDetails")



@_attrs_define
class InvalidRequestDetails:
    """ 
        Attributes:
            issues (list[ValidationIssue] | Unset):
            field (str | Unset):
            reason (str | Unset):
     """

    issues: list[ValidationIssue] | Unset = UNSET
    field: str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.validation_issue import ValidationIssue # noqa: PLC0415
        issues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = []
            for issues_item_data in self.issues:
                issues_item = issues_item_data.to_dict()
                issues.append(issues_item)



        field = self.field

        reason = self.reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if issues is not UNSET:
            field_dict["issues"] = issues
        if field is not UNSET:
            field_dict["field"] = field
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation_issue import ValidationIssue # noqa: PLC0415
        d = dict(src_dict)
        _issues = d.pop("issues", UNSET)
        issues: list[ValidationIssue] | Unset = UNSET
        if _issues is not UNSET:
            issues = []
            for issues_item_data in _issues:
                issues_item = ValidationIssue.from_dict(issues_item_data)



                issues.append(issues_item)


        field = d.pop("field", UNSET)

        reason = d.pop("reason", UNSET)

        invalid_request_details = cls(
            issues=issues,
            field=field,
            reason=reason,
        )


        invalid_request_details.additional_properties = d
        return invalid_request_details

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
