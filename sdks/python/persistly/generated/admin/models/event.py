from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.event_sort_order import EventSortOrder
from ..models.event_status import EventStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.currency_amounts import CurrencyAmounts
  from ..models.final_standing import FinalStanding
  from ..models.reward_tier import RewardTier





T = TypeVar("T", bound="Event")



@_attrs_define
class Event:
    """ A tournament: a window, an optional entry cost per attempt, attempts per player, a participant cap, its own board
    (`leaderboardId`, operator best) and rewards by rank. `status`: `upcoming` before `startsAt`, `active` until
    `endsAt`, then `ended` (`finalisedAt` set once final ranks are frozen and rewards granted, which happens exactly
    once), or `cancelled`.

        Attributes:
            event_id (str): An event's id, chosen by the studio: lower-case letters, digits, `-` and `_`, at most 58
                characters. Its board is the leaderboard `event-{eventId}`.
            name (str):
            status (EventStatus):
            starts_at (datetime.datetime):
            ends_at (datetime.datetime):
            entry_cost (CurrencyAmounts): Amounts by currency id.
            max_attempts_per_player (int):
            max_participants (int | None): Null: no cap.
            attempt_seconds (int): How long an attempt stays open for its one score.
            sort_order (EventSortOrder):
            rewards (list[RewardTier]):
            leaderboard_id (str): A leaderboard's id, chosen by the studio: lower-case letters, digits, `-` and `_`, at most
                64 characters.
            participants (int): Players who entered at least once.
            finalised_at (datetime.datetime | None):
            cancelled_at (datetime.datetime | None):
            final_standings (list[FinalStanding] | None): Once finalised: the top 100 as frozen, with what each won.
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
     """

    event_id: str
    name: str
    status: EventStatus
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    entry_cost: CurrencyAmounts
    max_attempts_per_player: int
    max_participants: int | None
    attempt_seconds: int
    sort_order: EventSortOrder
    rewards: list[RewardTier]
    leaderboard_id: str
    participants: int
    finalised_at: datetime.datetime | None
    cancelled_at: datetime.datetime | None
    final_standings: list[FinalStanding] | None
    created_at: datetime.datetime
    updated_at: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        from ..models.currency_amounts import CurrencyAmounts # noqa: PLC0415
        from ..models.final_standing import FinalStanding # noqa: PLC0415
        from ..models.reward_tier import RewardTier # noqa: PLC0415
        event_id = self.event_id

        name = self.name

        status = self.status.value

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        entry_cost = self.entry_cost.to_dict()

        max_attempts_per_player = self.max_attempts_per_player

        max_participants: int | None
        max_participants = self.max_participants

        attempt_seconds = self.attempt_seconds

        sort_order = self.sort_order.value

        rewards = []
        for rewards_item_data in self.rewards:
            rewards_item = rewards_item_data.to_dict()
            rewards.append(rewards_item)



        leaderboard_id = self.leaderboard_id

        participants = self.participants

        finalised_at: None | str
        if isinstance(self.finalised_at, datetime.datetime):
            finalised_at = self.finalised_at.isoformat()
        else:
            finalised_at = self.finalised_at

        cancelled_at: None | str
        if isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        final_standings: list[dict[str, Any]] | None
        if isinstance(self.final_standings, list):
            final_standings = []
            for final_standings_type_0_item_data in self.final_standings:
                final_standings_type_0_item = final_standings_type_0_item_data.to_dict()
                final_standings.append(final_standings_type_0_item)


        else:
            final_standings = self.final_standings

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "eventId": event_id,
            "name": name,
            "status": status,
            "startsAt": starts_at,
            "endsAt": ends_at,
            "entryCost": entry_cost,
            "maxAttemptsPerPlayer": max_attempts_per_player,
            "maxParticipants": max_participants,
            "attemptSeconds": attempt_seconds,
            "sortOrder": sort_order,
            "rewards": rewards,
            "leaderboardId": leaderboard_id,
            "participants": participants,
            "finalisedAt": finalised_at,
            "cancelledAt": cancelled_at,
            "finalStandings": final_standings,
            "createdAt": created_at,
            "updatedAt": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency_amounts import CurrencyAmounts # noqa: PLC0415
        from ..models.final_standing import FinalStanding # noqa: PLC0415
        from ..models.reward_tier import RewardTier # noqa: PLC0415
        d = dict(src_dict)
        event_id = d.pop("eventId")

        name = d.pop("name")

        status = EventStatus(d.pop("status"))




        starts_at = datetime.datetime.fromisoformat(d.pop("startsAt"))




        ends_at = datetime.datetime.fromisoformat(d.pop("endsAt"))




        entry_cost = CurrencyAmounts.from_dict(d.pop("entryCost"))




        max_attempts_per_player = d.pop("maxAttemptsPerPlayer")

        def _parse_max_participants(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_participants = _parse_max_participants(d.pop("maxParticipants"))


        attempt_seconds = d.pop("attemptSeconds")

        sort_order = EventSortOrder(d.pop("sortOrder"))




        rewards = []
        _rewards = d.pop("rewards")
        for rewards_item_data in (_rewards):
            rewards_item = RewardTier.from_dict(rewards_item_data)



            rewards.append(rewards_item)


        leaderboard_id = d.pop("leaderboardId")

        participants = d.pop("participants")

        def _parse_finalised_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finalised_at_type_0 = datetime.datetime.fromisoformat(data)



                return finalised_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finalised_at = _parse_finalised_at(d.pop("finalisedAt"))


        def _parse_cancelled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_at_type_0 = datetime.datetime.fromisoformat(data)



                return cancelled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelledAt"))


        def _parse_final_standings(data: object) -> list[FinalStanding] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                final_standings_type_0 = []
                _final_standings_type_0 = data
                for final_standings_type_0_item_data in (_final_standings_type_0):
                    final_standings_type_0_item = FinalStanding.from_dict(final_standings_type_0_item_data)



                    final_standings_type_0.append(final_standings_type_0_item)

                return final_standings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FinalStanding] | None, data)

        final_standings = _parse_final_standings(d.pop("finalStandings"))


        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))




        event = cls(
            event_id=event_id,
            name=name,
            status=status,
            starts_at=starts_at,
            ends_at=ends_at,
            entry_cost=entry_cost,
            max_attempts_per_player=max_attempts_per_player,
            max_participants=max_participants,
            attempt_seconds=attempt_seconds,
            sort_order=sort_order,
            rewards=rewards,
            leaderboard_id=leaderboard_id,
            participants=participants,
            finalised_at=finalised_at,
            cancelled_at=cancelled_at,
            final_standings=final_standings,
            created_at=created_at,
            updated_at=updated_at,
        )

        return event

