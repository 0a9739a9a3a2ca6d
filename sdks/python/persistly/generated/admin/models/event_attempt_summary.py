from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.event_attempt_summary_charged import EventAttemptSummaryCharged





T = TypeVar("T", bound="EventAttemptSummary")



@_attrs_define
class EventAttemptSummary:
    """ One of the account's attempts at an event: when it started and expires, what it charged (refunded when the event was
    cancelled), and whether it scored.

        Attributes:
            attempt_id (str):
            event_id (str):
            started_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
            expires_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
            charged (EventAttemptSummaryCharged): The entry cost paid, by currency ({} for a free attempt).
            scored_at (datetime.datetime | None):
            refunded (bool): The entry cost was given back (the event was cancelled).
     """

    attempt_id: str
    event_id: str
    started_at: datetime.datetime
    expires_at: datetime.datetime
    charged: EventAttemptSummaryCharged
    scored_at: datetime.datetime | None
    refunded: bool





    def to_dict(self) -> dict[str, Any]:
        from ..models.event_attempt_summary_charged import EventAttemptSummaryCharged # noqa: PLC0415
        attempt_id = self.attempt_id

        event_id = self.event_id

        started_at = self.started_at.isoformat()

        expires_at = self.expires_at.isoformat()

        charged = self.charged.to_dict()

        scored_at: None | str
        if isinstance(self.scored_at, datetime.datetime):
            scored_at = self.scored_at.isoformat()
        else:
            scored_at = self.scored_at

        refunded = self.refunded


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "attemptId": attempt_id,
            "eventId": event_id,
            "startedAt": started_at,
            "expiresAt": expires_at,
            "charged": charged,
            "scoredAt": scored_at,
            "refunded": refunded,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_attempt_summary_charged import EventAttemptSummaryCharged # noqa: PLC0415
        d = dict(src_dict)
        attempt_id = d.pop("attemptId")

        event_id = d.pop("eventId")

        started_at = datetime.datetime.fromisoformat(d.pop("startedAt"))




        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))




        charged = EventAttemptSummaryCharged.from_dict(d.pop("charged"))




        def _parse_scored_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scored_at_type_0 = datetime.datetime.fromisoformat(data)



                return scored_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        scored_at = _parse_scored_at(d.pop("scoredAt"))


        refunded = d.pop("refunded")

        event_attempt_summary = cls(
            attempt_id=attempt_id,
            event_id=event_id,
            started_at=started_at,
            expires_at=expires_at,
            charged=charged,
            scored_at=scored_at,
            refunded=refunded,
        )

        return event_attempt_summary

