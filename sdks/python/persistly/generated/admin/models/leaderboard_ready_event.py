from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.leaderboard import Leaderboard
  from ..models.leaderboard_period import LeaderboardPeriod





T = TypeVar("T", bound="LeaderboardReadyEvent")



@_attrs_define
class LeaderboardReadyEvent:
    """ `event: ready` — first, once: the board and the period this stream follows. After a reconnect with `Last-Event-ID`
    it carries that id and the `replayed` updates follow; `complete: false` means some were older than the replay
    window: read the top records again.

        Attributes:
            leaderboard (Leaderboard): A leaderboard's definition and its current period.
            period (LeaderboardPeriod): A period of a leaderboard: its id and its bounds (both null on a board that never
                resets).
            heartbeat_seconds (int):
            replayed (int):
            complete (bool):
     """

    leaderboard: Leaderboard
    period: LeaderboardPeriod
    heartbeat_seconds: int
    replayed: int
    complete: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.leaderboard import Leaderboard # noqa: PLC0415
        from ..models.leaderboard_period import LeaderboardPeriod # noqa: PLC0415
        leaderboard = self.leaderboard.to_dict()

        period = self.period.to_dict()

        heartbeat_seconds = self.heartbeat_seconds

        replayed = self.replayed

        complete = self.complete


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "leaderboard": leaderboard,
            "period": period,
            "heartbeatSeconds": heartbeat_seconds,
            "replayed": replayed,
            "complete": complete,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.leaderboard import Leaderboard # noqa: PLC0415
        from ..models.leaderboard_period import LeaderboardPeriod # noqa: PLC0415
        d = dict(src_dict)
        leaderboard = Leaderboard.from_dict(d.pop("leaderboard"))




        period = LeaderboardPeriod.from_dict(d.pop("period"))




        heartbeat_seconds = d.pop("heartbeatSeconds")

        replayed = d.pop("replayed")

        complete = d.pop("complete")

        leaderboard_ready_event = cls(
            leaderboard=leaderboard,
            period=period,
            heartbeat_seconds=heartbeat_seconds,
            replayed=replayed,
            complete=complete,
        )


        leaderboard_ready_event.additional_properties = d
        return leaderboard_ready_event

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
