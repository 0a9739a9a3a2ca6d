from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.leaderboard_closed_event_reason import LeaderboardClosedEventReason






T = TypeVar("T", bound="LeaderboardClosedEvent")



@_attrs_define
class LeaderboardClosedEvent:
    """ `event: closed` — the last event. `period_reset`: the period ended (open a new stream for the next one);
    `board_deleted`: the board is gone; `event_finalised` / `event_cancelled`: an event's board is final;
    `server_shutdown`: reconnect with `Last-Event-ID`.

        Attributes:
            reason (LeaderboardClosedEventReason):
     """

    reason: LeaderboardClosedEventReason
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        reason = self.reason.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = LeaderboardClosedEventReason(d.pop("reason"))




        leaderboard_closed_event = cls(
            reason=reason,
        )


        leaderboard_closed_event.additional_properties = d
        return leaderboard_closed_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
