from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.server_error_body import ServerErrorBody





T = TypeVar("T", bound="ServerError")



@_attrs_define
class ServerError:
    """ `server_error`: Persistly failed internally; treat the operation's result as unknown and quote `requestId`.

        Attributes:
            error (ServerErrorBody): The `error` object of a response whose code is `server_error`.
     """

    error: ServerErrorBody
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.server_error_body import ServerErrorBody # noqa: PLC0415
        error = self.error.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "error": error,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.server_error_body import ServerErrorBody # noqa: PLC0415
        d = dict(src_dict)
        error = ServerErrorBody.from_dict(d.pop("error"))




        server_error = cls(
            error=error,
        )


        server_error.additional_properties = d
        return server_error

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
