from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.currency_amounts import CurrencyAmounts
  from ..models.reward_tier import RewardTier





T = TypeVar("T", bound="UpdateEventRequest")



@_attrs_define
class UpdateEventRequest:
    """ Before the event starts, anything but its id and `sortOrder`. Once it runs, only `name`, `rewards` and a later
    `endsAt` (409 `event_locked` for the rest). Nothing once it has ended or been cancelled.

        Attributes:
            name (str | Unset):
            starts_at (datetime.datetime | Unset):
            ends_at (datetime.datetime | Unset):
            entry_cost (CurrencyAmounts | Unset): Amounts by currency id.
            max_attempts_per_player (int | Unset):
            max_participants (int | None | Unset):
            attempt_seconds (int | Unset):
            rewards (list[RewardTier] | Unset):
            idempotency_key (str | Unset): A key for this request, chosen by the client: at least 16 characters from `A–Z
                a–z 0–9 _ -` — a UUID, or 16 random bytes in hex (what the official SDKs send). Make it random: the key is what
                tells one device's retry from another device's first request, and on operations that need only the runtime key
                (which ships in every build of the game) another device that sends the same key and body would be given the
                first device's answer. A retry with the same key and the same body gets the stored response with `Idempotent-
                Replay: true` and no second effect; the same key with a different body is 409 `idempotency_conflict`. Keys are
                scoped to the environment, the API key and the account (the session's account, or the `accountId` in the path),
                and kept 24 hours. A weaker key is refused with 400 `invalid_request`.
     """

    name: str | Unset = UNSET
    starts_at: datetime.datetime | Unset = UNSET
    ends_at: datetime.datetime | Unset = UNSET
    entry_cost: CurrencyAmounts | Unset = UNSET
    max_attempts_per_player: int | Unset = UNSET
    max_participants: int | None | Unset = UNSET
    attempt_seconds: int | Unset = UNSET
    rewards: list[RewardTier] | Unset = UNSET
    idempotency_key: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.currency_amounts import CurrencyAmounts # noqa: PLC0415
        from ..models.reward_tier import RewardTier # noqa: PLC0415
        name = self.name

        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat()

        ends_at: str | Unset = UNSET
        if not isinstance(self.ends_at, Unset):
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



        idempotency_key = self.idempotency_key


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if name is not UNSET:
            field_dict["name"] = name
        if starts_at is not UNSET:
            field_dict["startsAt"] = starts_at
        if ends_at is not UNSET:
            field_dict["endsAt"] = ends_at
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
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency_amounts import CurrencyAmounts # noqa: PLC0415
        from ..models.reward_tier import RewardTier # noqa: PLC0415
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _starts_at = d.pop("startsAt", UNSET)
        starts_at: datetime.datetime | Unset
        if isinstance(_starts_at,  Unset):
            starts_at = UNSET
        else:
            starts_at = datetime.datetime.fromisoformat(_starts_at)




        _ends_at = d.pop("endsAt", UNSET)
        ends_at: datetime.datetime | Unset
        if isinstance(_ends_at,  Unset):
            ends_at = UNSET
        else:
            ends_at = datetime.datetime.fromisoformat(_ends_at)




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


        idempotency_key = d.pop("idempotencyKey", UNSET)

        update_event_request = cls(
            name=name,
            starts_at=starts_at,
            ends_at=ends_at,
            entry_cost=entry_cost,
            max_attempts_per_player=max_attempts_per_player,
            max_participants=max_participants,
            attempt_seconds=attempt_seconds,
            rewards=rewards,
            idempotency_key=idempotency_key,
        )

        return update_event_request

