from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.event import Event





T = TypeVar("T", bound="CancelledEvent")



@_attrs_define
class CancelledEvent:
    """ The cancelled event, and how many paid attempts had their entry cost refunded.

        Attributes:
            event (Event): A tournament: a window, an optional entry cost per attempt, attempts per player, a participant
                cap, its own board (`leaderboardId`, operator best) and rewards by rank. `status`: `upcoming` before `startsAt`,
                `active` until `endsAt`, then `ended` (`finalisedAt` set once final ranks are frozen and rewards granted, which
                happens exactly once), or `cancelled`.
            refunded (int):
     """

    event: Event
    refunded: int





    def to_dict(self) -> dict[str, Any]:
        from ..models.event import Event # noqa: PLC0415
        event = self.event.to_dict()

        refunded = self.refunded


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "event": event,
            "refunded": refunded,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event import Event # noqa: PLC0415
        d = dict(src_dict)
        event = Event.from_dict(d.pop("event"))




        refunded = d.pop("refunded")

        cancelled_event = cls(
            event=event,
            refunded=refunded,
        )

        return cancelled_event

