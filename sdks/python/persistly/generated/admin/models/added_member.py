from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.member import Member





T = TypeVar("T", bound="AddedMember")



@_attrs_define
class AddedMember:
    """ The invitation: the membership waiting for its person, and the code they accept it with, shown **once**. The answer
    is the same whether or not the email already has an operator account anywhere.

        Attributes:
            member (Member): A member of the studio, their role, and whether they accepted their invitation.
            invitation_code (str): Hand it to the person (securely): they accept with it, choosing their password if they
                have none yet.
            expires_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
     """

    member: Member
    invitation_code: str
    expires_at: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        from ..models.member import Member # noqa: PLC0415
        member = self.member.to_dict()

        invitation_code = self.invitation_code

        expires_at = self.expires_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "member": member,
            "invitationCode": invitation_code,
            "expiresAt": expires_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member import Member # noqa: PLC0415
        d = dict(src_dict)
        member = Member.from_dict(d.pop("member"))




        invitation_code = d.pop("invitationCode")

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))




        added_member = cls(
            member=member,
            invitation_code=invitation_code,
            expires_at=expires_at,
        )

        return added_member

