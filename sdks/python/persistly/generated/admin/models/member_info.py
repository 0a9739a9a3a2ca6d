from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="MemberInfo")



@_attrs_define
class MemberInfo:
    """ A member, without secrets.

        Attributes:
            member_id (str): A member (an operator).
            email (str): An email address; compared without regard to case.
            created_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
     """

    member_id: str
    email: str
    created_at: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        member_id = self.member_id

        email = self.email

        created_at = self.created_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "memberId": member_id,
            "email": email,
            "createdAt": created_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        member_id = d.pop("memberId")

        email = d.pop("email")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        member_info = cls(
            member_id=member_id,
            email=email,
            created_at=created_at,
        )

        return member_info

