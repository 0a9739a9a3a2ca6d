from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.audit_actor import AuditActor





T = TypeVar("T", bound="AuditEntry")



@_attrs_define
class AuditEntry:
    """ One change: who, what, on which resource, when, and a short before/after where meaningful. Never a secret.

        Attributes:
            entry_id (str): The entry's place in the log (it only grows).
            at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
            actor (AuditActor): Who made a change: a member (id and email), a server key (id and display prefix), or the
                operator CLI (the OS user).
            action (str): The operation (its operationId, or the CLI command).
            resource (str): What changed, as a path inside the studio: `accounts/acc_…`, `members/mem_…`,
                `games/…/keys/key_…`.
            game_id (None | str): The game it happened in, or null for studio-wide changes.
            before (Any): The state before, where meaningful (null otherwise).
            after (Any): The state after, where meaningful (null otherwise).
            reason (None | str): The reason given, where the operation requires one.
            request_id (None | str): The request that made the change (null for the CLI).
     """

    entry_id: str
    at: datetime.datetime
    actor: AuditActor
    action: str
    resource: str
    game_id: None | str
    before: Any
    after: Any
    reason: None | str
    request_id: None | str





    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_actor import AuditActor # noqa: PLC0415
        entry_id = self.entry_id

        at = self.at.isoformat()

        actor = self.actor.to_dict()

        action = self.action

        resource = self.resource

        game_id: None | str
        game_id = self.game_id

        before = self.before

        after = self.after

        reason: None | str
        reason = self.reason

        request_id: None | str
        request_id = self.request_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "entryId": entry_id,
            "at": at,
            "actor": actor,
            "action": action,
            "resource": resource,
            "gameId": game_id,
            "before": before,
            "after": after,
            "reason": reason,
            "requestId": request_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_actor import AuditActor # noqa: PLC0415
        d = dict(src_dict)
        entry_id = d.pop("entryId")

        at = datetime.datetime.fromisoformat(d.pop("at"))




        actor = AuditActor.from_dict(d.pop("actor"))




        action = d.pop("action")

        resource = d.pop("resource")

        def _parse_game_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        game_id = _parse_game_id(d.pop("gameId"))


        before = d.pop("before")

        after = d.pop("after")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("requestId"))


        audit_entry = cls(
            entry_id=entry_id,
            at=at,
            actor=actor,
            action=action,
            resource=resource,
            game_id=game_id,
            before=before,
            after=after,
            reason=reason,
            request_id=request_id,
        )

        return audit_entry

