from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="GrantLastErrorType1")



@_attrs_define
class GrantLastErrorType1:
    """ 
        Attributes:
            code (str):
            message (str):
            at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
     """

    code: str
    message: str
    at: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        at = self.at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "message": message,
            "at": at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        at = datetime.datetime.fromisoformat(d.pop("at"))




        grant_last_error_type_1 = cls(
            code=code,
            message=message,
            at=at,
        )

        return grant_last_error_type_1

