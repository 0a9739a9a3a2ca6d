from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.stream_leaderboard_for_game_response_200_event import StreamLeaderboardForGameResponse200Event






T = TypeVar("T", bound="StreamLeaderboardForGameResponse200")



@_attrs_define
class StreamLeaderboardForGameResponse200:
    """ One Server-Sent Event, read as OpenAPI 3.2's `itemSchema` reads a stream (OpenAPI 3.1 has no keyword of its own;
    tools such as Schemathesis read `schema` so): its `event` name, its `id` (send the last one back as `Last-Event-ID`)
    and its `data` line, one line of JSON. `x-persistly-events` on the operation gives the schema of `data` for each
    event name. `:` lines are heartbeats and carry no event.

        Attributes:
            event (StreamLeaderboardForGameResponse200Event):
            id (str):
            data (str):
     """

    event: StreamLeaderboardForGameResponse200Event
    id: str
    data: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        id = self.id

        data = self.data


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "event": event,
            "id": id,
            "data": data,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = StreamLeaderboardForGameResponse200Event(d.pop("event"))




        id = d.pop("id")

        data = d.pop("data")

        stream_leaderboard_for_game_response_200 = cls(
            event=event,
            id=id,
            data=data,
        )


        stream_leaderboard_for_game_response_200.additional_properties = d
        return stream_leaderboard_for_game_response_200

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
