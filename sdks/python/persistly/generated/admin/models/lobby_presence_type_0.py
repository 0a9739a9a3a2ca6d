from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.lobby_presence_type_0_state import LobbyPresenceType0State
from typing import cast
import datetime






T = TypeVar("T", bound="LobbyPresenceType0")



@_attrs_define
class LobbyPresenceType0:
    """ The lobby the account is in, or null.

        Attributes:
            lobby_id (str):
            state (LobbyPresenceType0State):
            mode (str):
            member_count (int):
            joined_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
            heartbeat_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
     """

    lobby_id: str
    state: LobbyPresenceType0State
    mode: str
    member_count: int
    joined_at: datetime.datetime
    heartbeat_at: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        lobby_id = self.lobby_id

        state = self.state.value

        mode = self.mode

        member_count = self.member_count

        joined_at = self.joined_at.isoformat()

        heartbeat_at = self.heartbeat_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "lobbyId": lobby_id,
            "state": state,
            "mode": mode,
            "memberCount": member_count,
            "joinedAt": joined_at,
            "heartbeatAt": heartbeat_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lobby_id = d.pop("lobbyId")

        state = LobbyPresenceType0State(d.pop("state"))




        mode = d.pop("mode")

        member_count = d.pop("memberCount")

        joined_at = datetime.datetime.fromisoformat(d.pop("joinedAt"))




        heartbeat_at = datetime.datetime.fromisoformat(d.pop("heartbeatAt"))




        lobby_presence_type_0 = cls(
            lobby_id=lobby_id,
            state=state,
            mode=mode,
            member_count=member_count,
            joined_at=joined_at,
            heartbeat_at=heartbeat_at,
        )

        return lobby_presence_type_0

