from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.member import Member
  from ..models.studio_summary import StudioSummary





T = TypeVar("T", bound="AcceptedInvitation")



@_attrs_define
class AcceptedInvitation:
    """ The studio joined, and the membership, now active: sign in as usual.

        Attributes:
            studio (StudioSummary): A studio the member belongs to, and the member's role in it.
            member (Member): A member of the studio, their role, and whether they accepted their invitation.
     """

    studio: StudioSummary
    member: Member





    def to_dict(self) -> dict[str, Any]:
        from ..models.member import Member # noqa: PLC0415
        from ..models.studio_summary import StudioSummary # noqa: PLC0415
        studio = self.studio.to_dict()

        member = self.member.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "studio": studio,
            "member": member,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member import Member # noqa: PLC0415
        from ..models.studio_summary import StudioSummary # noqa: PLC0415
        d = dict(src_dict)
        studio = StudioSummary.from_dict(d.pop("studio"))




        member = Member.from_dict(d.pop("member"))




        accepted_invitation = cls(
            studio=studio,
            member=member,
        )

        return accepted_invitation

