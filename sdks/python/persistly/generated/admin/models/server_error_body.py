from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.server_error_body_code import ServerErrorBodyCode
from typing import cast

if TYPE_CHECKING:
  from ..models.error_details import ErrorDetails





T = TypeVar("T", bound="ServerErrorBody")



@_attrs_define
class ServerErrorBody:
    """ The `error` object of a response whose code is `server_error`.

        Attributes:
            code (ServerErrorBodyCode):
            message (str): A human-readable explanation; wording may change.
            details (ErrorDetails): Structured context for the code (empty when there is none).
            request_id (str): The request's id (also in `X-Request-Id`); quote it when asking for support.
     """

    code: ServerErrorBodyCode
    message: str
    details: ErrorDetails
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.error_details import ErrorDetails # noqa: PLC0415
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
        from ..models.error_details import ErrorDetails # noqa: PLC0415
        d = dict(src_dict)
        code = ServerErrorBodyCode(d.pop("code"))




        message = d.pop("message")

        details = ErrorDetails.from_dict(d.pop("details"))




        request_id = d.pop("requestId")

        server_error_body = cls(
            code=code,
            message=message,
            details=details,
            request_id=request_id,
        )


        server_error_body.additional_properties = d
        return server_error_body

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
