from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.audit_actor_kind import AuditActorKind






T = TypeVar("T", bound="AuditActor")



@_attrs_define
class AuditActor:
    """ Who made a change: a member (id and email), a server key (id and display prefix), or the operator CLI (the OS user).

        Attributes:
            kind (AuditActorKind):
            id (str): The member id, the key id, or `cli`.
            label (str): The member's email, the key's display prefix, or the OS user.
     """

    kind: AuditActorKind
    id: str
    label: str





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        id = self.id

        label = self.label


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "id": id,
            "label": label,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = AuditActorKind(d.pop("kind"))




        id = d.pop("id")

        label = d.pop("label")

        audit_actor = cls(
            kind=kind,
            id=id,
            label=label,
        )

        return audit_actor

