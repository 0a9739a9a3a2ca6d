from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.create_event_request_sort_order import CreateEventRequestSortOrder
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.currency_amounts import CurrencyAmounts
  from ..models.reward_tier import RewardTier





T = TypeVar("T", bound="CreateEventRequest")



@_attrs_define
class CreateEventRequest:
    """ A new event. Defaults: no entry cost, one attempt per player, no participant cap, 600 seconds per attempt,
    `sortOrder: desc`, no rewards. `endsAt` must come after `startsAt` and lie in the future; reward tiers must not
    overlap; currencies and items must be in the active catalog.

        Attributes:
            event_id (str): An event's id, chosen by the studio: lower-case letters, digits, `-` and `_`, at most 58
                characters. Its board is the leaderboard `event-{eventId}`.
            name (str):
            starts_at (datetime.datetime):
            ends_at (datetime.datetime):
            entry_cost (CurrencyAmounts | Unset): Amounts by currency id.
            max_attempts_per_player (int | Unset):
            max_participants (int | None | Unset):
            attempt_seconds (int | Unset):
            rewards (list[RewardTier] | Unset):
            sort_order (CreateEventRequestSortOrder | Unset):  Default: CreateEventRequestSortOrder.DESC.
            idempotency_key (str | Unset): A key for this request, chosen by the client: at least 16 characters from `A–Z
                a–z 0–9 _ -` — a UUID, or 16 random bytes in hex (what the official SDKs send). Make it random: the key is what
                tells one device's retry from another device's first request, and on operations that need only the runtime key
                (which ships in every build of the game) another device that sends the same key and body would be given the
                first device's answer. A retry with the same key and the same body gets the stored response with `Idempotent-
                Replay: true` and no second effect; the same key with a different body is 409 `idempotency_conflict`. Keys are
                scoped to the environment, the API key and the account (the session's account, or the `accountId` in the path),
                and kept 24 hours. A weaker key is refused with 400 `invalid_request`.
     """

    event_id: str
    name: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    entry_cost: CurrencyAmounts | Unset = UNSET
    max_attempts_per_player: int | Unset = UNSET
    max_participants: int | None | Unset = UNSET
    attempt_seconds: int | Unset = UNSET
    rewards: list[RewardTier] | Unset = UNSET
    sort_order: CreateEventRequestSortOrder | Unset = CreateEventRequestSortOrder.DESC
    idempotency_key: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.currency_amounts import CurrencyAmounts # noqa: PLC0415
        from ..models.reward_tier import RewardTier # noqa: PLC0415
        event_id = self.event_id

        name = self.name

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        entry_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entry_cost, Unset):
            entry_cost = self.entry_cost.to_dict()

        max_attempts_per_player = self.max_attempts_per_player

        max_participants: int | None | Unset
        if isinstance(self.max_participants, Unset):
            max_participants = UNSET
        else:
            max_participants = self.max_participants

        attempt_seconds = self.attempt_seconds

        rewards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rewards, Unset):
            rewards = []
            for rewards_item_data in self.rewards:
                rewards_item = rewards_item_data.to_dict()
                rewards.append(rewards_item)



        sort_order: str | Unset = UNSET
        if not isinstance(self.sort_order, Unset):
            sort_order = self.sort_order.value


        idempotency_key = self.idempotency_key


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "eventId": event_id,
            "name": name,
            "startsAt": starts_at,
            "endsAt": ends_at,
        })
        if entry_cost is not UNSET:
            field_dict["entryCost"] = entry_cost
        if max_attempts_per_player is not UNSET:
            field_dict["maxAttemptsPerPlayer"] = max_attempts_per_player
        if max_participants is not UNSET:
            field_dict["maxParticipants"] = max_participants
        if attempt_seconds is not UNSET:
            field_dict["attemptSeconds"] = attempt_seconds
        if rewards is not UNSET:
            field_dict["rewards"] = rewards
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency_amounts import CurrencyAmounts # noqa: PLC0415
        from ..models.reward_tier import RewardTier # noqa: PLC0415
        d = dict(src_dict)
        event_id = d.pop("eventId")

        name = d.pop("name")

        starts_at = datetime.datetime.fromisoformat(d.pop("startsAt"))




        ends_at = datetime.datetime.fromisoformat(d.pop("endsAt"))




        _entry_cost = d.pop("entryCost", UNSET)
        entry_cost: CurrencyAmounts | Unset
        if isinstance(_entry_cost,  Unset):
            entry_cost = UNSET
        else:
            entry_cost = CurrencyAmounts.from_dict(_entry_cost)




        max_attempts_per_player = d.pop("maxAttemptsPerPlayer", UNSET)

        def _parse_max_participants(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_participants = _parse_max_participants(d.pop("maxParticipants", UNSET))


        attempt_seconds = d.pop("attemptSeconds", UNSET)

        _rewards = d.pop("rewards", UNSET)
        rewards: list[RewardTier] | Unset = UNSET
        if _rewards is not UNSET:
            rewards = []
            for rewards_item_data in _rewards:
                rewards_item = RewardTier.from_dict(rewards_item_data)



                rewards.append(rewards_item)


        _sort_order = d.pop("sortOrder", UNSET)
        sort_order: CreateEventRequestSortOrder | Unset
        if isinstance(_sort_order,  Unset):
            sort_order = UNSET
        else:
            sort_order = CreateEventRequestSortOrder(_sort_order)




        idempotency_key = d.pop("idempotencyKey", UNSET)

        create_event_request = cls(
            event_id=event_id,
            name=name,
            starts_at=starts_at,
            ends_at=ends_at,
            entry_cost=entry_cost,
            max_attempts_per_player=max_attempts_per_player,
            max_participants=max_participants,
            attempt_seconds=attempt_seconds,
            rewards=rewards,
            sort_order=sort_order,
            idempotency_key=idempotency_key,
        )

        return create_event_request

