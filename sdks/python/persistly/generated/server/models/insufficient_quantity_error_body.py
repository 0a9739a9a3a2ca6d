from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.insufficient_quantity_error_body_code import InsufficientQuantityErrorBodyCode
from typing import cast

if TYPE_CHECKING:
  from ..models.insufficient_quantity_error_details import InsufficientQuantityErrorDetails





T = TypeVar("T", bound="InsufficientQuantityErrorBody")



@_attrs_define
class InsufficientQuantityErrorBody:
    """ The `error` object of a response whose code is `insufficient_quantity`.

        Attributes:
            code (InsufficientQuantityErrorBodyCode):
            message (str): A human-readable explanation; wording may change.
            details (InsufficientQuantityErrorDetails): Which item, how many the change needed and how many the account
                holds.
            request_id (str): The request's id (also in `X-Request-Id`); quote it when asking for support.
     """

    code: InsufficientQuantityErrorBodyCode
    message: str
    details: InsufficientQuantityErrorDetails
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.insufficient_quantity_error_details import InsufficientQuantityErrorDetails # noqa: PLC0415
        code = self.code.value

        message = self.message

        details = self.details.to_dict()

        request_id = self.request_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "message": message,
            "details": details,
            "requestId": request_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.insufficient_quantity_error_details import InsufficientQuantityErrorDetails # noqa: PLC0415
        d = dict(src_dict)
        code = InsufficientQuantityErrorBodyCode(d.pop("code"))




        message = d.pop("message")

        details = InsufficientQuantityErrorDetails.from_dict(d.pop("details"))




        request_id = d.pop("requestId")

        insufficient_quantity_error_body = cls(
            code=code,
            message=message,
            details=details,
            request_id=request_id,
        )


        insufficient_quantity_error_body.additional_properties = d
        return insufficient_quantity_error_body

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
