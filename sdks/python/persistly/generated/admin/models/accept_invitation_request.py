from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="AcceptInvitationRequest")



@_attrs_define
class AcceptInvitationRequest:
    """ The invitation code, and the password: the one to choose for someone new, or their own for someone who already has
    an operator account (which proves it is them).

        Attributes:
            code (str):
            password (str): At least 12 characters.
     """

    code: str
    password: str





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        password = self.password


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "password": password,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        password = d.pop("password")

        accept_invitation_request = cls(
            code=code,
            password=password,
        )

        return accept_invitation_request

