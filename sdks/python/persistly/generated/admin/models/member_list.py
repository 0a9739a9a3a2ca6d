from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.member import Member





T = TypeVar("T", bound="MemberList")



@_attrs_define
class MemberList:
    """ The studio's members.

        Attributes:
            members (list[Member]):
     """

    members: list[Member]





    def to_dict(self) -> dict[str, Any]:
        from ..models.member import Member # noqa: PLC0415
        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "members": members,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member import Member # noqa: PLC0415
        d = dict(src_dict)
        members = []
        _members = d.pop("members")
        for members_item_data in (_members):
            members_item = Member.from_dict(members_item_data)



            members.append(members_item)


        member_list = cls(
            members=members,
        )

        return member_list

