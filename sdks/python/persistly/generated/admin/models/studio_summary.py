from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.plan import Plan
from ..models.role import Role
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="StudioSummary")



@_attrs_define
class StudioSummary:
    """ A studio the member belongs to, and the member's role in it.

        Attributes:
            studio_id (UUID): A studio (a workspace in the operator CLI).
            name (str): The studio's name (the CLI's `--workspace`).
            plan (Plan): The studio's plan (DESIGN §2).
            role (Role): What a member may do in a studio: `viewer` reads; `support` also acts on players (grants, force-
                claims); `admin` also configures games, keys and config; `owner` also manages members and the plan.
            created_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
     """

    studio_id: UUID
    name: str
    plan: Plan
    role: Role
    created_at: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        studio_id = str(self.studio_id)

        name = self.name

        plan = self.plan.value

        role = self.role.value

        created_at = self.created_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "studioId": studio_id,
            "name": name,
            "plan": plan,
            "role": role,
            "createdAt": created_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        studio_id = UUID(d.pop("studioId"))




        name = d.pop("name")

        plan = Plan(d.pop("plan"))




        role = Role(d.pop("role"))




        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        studio_summary = cls(
            studio_id=studio_id,
            name=name,
            plan=plan,
            role=role,
            created_at=created_at,
        )

        return studio_summary

