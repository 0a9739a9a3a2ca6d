from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.member_info import MemberInfo
  from ..models.studio_summary import StudioSummary





T = TypeVar("T", bound="AdminSession")



@_attrs_define
class AdminSession:
    """ The signed-in member, their studios, and the session's CSRF token, which every change must send back in
    `X-Persistly-CSRF`.

        Attributes:
            member (MemberInfo): A member, without secrets.
            studios (list[StudioSummary]):
            csrf_token (str): Send it as `X-Persistly-CSRF` on every change (POST, DELETE). It is tied to this session.
            expires_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
            idle_timeout_seconds (int): The session also ends after this long without a request.
     """

    member: MemberInfo
    studios: list[StudioSummary]
    csrf_token: str
    expires_at: datetime.datetime
    idle_timeout_seconds: int





    def to_dict(self) -> dict[str, Any]:
        from ..models.member_info import MemberInfo # noqa: PLC0415
        from ..models.studio_summary import StudioSummary # noqa: PLC0415
        member = self.member.to_dict()

        studios = []
        for studios_item_data in self.studios:
            studios_item = studios_item_data.to_dict()
            studios.append(studios_item)



        csrf_token = self.csrf_token

        expires_at = self.expires_at.isoformat()

        idle_timeout_seconds = self.idle_timeout_seconds


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "member": member,
            "studios": studios,
            "csrfToken": csrf_token,
            "expiresAt": expires_at,
            "idleTimeoutSeconds": idle_timeout_seconds,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member_info import MemberInfo # noqa: PLC0415
        from ..models.studio_summary import StudioSummary # noqa: PLC0415
        d = dict(src_dict)
        member = MemberInfo.from_dict(d.pop("member"))




        studios = []
        _studios = d.pop("studios")
        for studios_item_data in (_studios):
            studios_item = StudioSummary.from_dict(studios_item_data)



            studios.append(studios_item)


        csrf_token = d.pop("csrfToken")

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))




        idle_timeout_seconds = d.pop("idleTimeoutSeconds")

        admin_session = cls(
            member=member,
            studios=studios,
            csrf_token=csrf_token,
            expires_at=expires_at,
            idle_timeout_seconds=idle_timeout_seconds,
        )

        return admin_session

