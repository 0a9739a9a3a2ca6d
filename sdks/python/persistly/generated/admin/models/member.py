from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.member_status import MemberStatus
from ..models.role import Role
from typing import cast
import datetime






T = TypeVar("T", bound="Member")



@_attrs_define
class Member:
    """ A member of the studio, their role, and whether they accepted their invitation.

        Attributes:
            member_id (str): A member (an operator).
            email (str): An email address; compared without regard to case.
            role (Role): What a member may do in a studio: `viewer` reads; `support` also acts on players (grants, force-
                claims); `admin` also configures games, keys and config; `owner` also manages members and the plan.
            joined_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
            status (MemberStatus): `invited` until the person accepts the invitation (acceptInvitation); only an active
                member can use the studio.
     """

    member_id: str
    email: str
    role: Role
    joined_at: datetime.datetime
    status: MemberStatus





    def to_dict(self) -> dict[str, Any]:
        member_id = self.member_id

        email = self.email

        role = self.role.value

        joined_at = self.joined_at.isoformat()

        status = self.status.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "memberId": member_id,
            "email": email,
            "role": role,
            "joinedAt": joined_at,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        member_id = d.pop("memberId")

        email = d.pop("email")

        role = Role(d.pop("role"))




        joined_at = datetime.datetime.fromisoformat(d.pop("joinedAt"))




        status = MemberStatus(d.pop("status"))




        member = cls(
            member_id=member_id,
            email=email,
            role=role,
            joined_at=joined_at,
            status=status,
        )

        return member

