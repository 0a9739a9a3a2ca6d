from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="UpdateLeaderboardRequest")



@_attrs_define
class UpdateLeaderboardRequest:
    """ What may change on a board once it has records: the schedule (records stay in the periods they were made in), who
    may write, and the stream's reach. `sortOrder` and `operator` are fixed at creation: a board ranked another way is a
    new board.

        Attributes:
            reset_schedule (None | str | Unset):
            authoritative (bool | Unset):
            stream_top_n (int | Unset):
            idempotency_key (str | Unset): A key for this request, chosen by the client: at least 16 characters from `A–Z
                a–z 0–9 _ -` — a UUID, or 16 random bytes in hex (what the official SDKs send). Make it random: the key is what
                tells one device's retry from another device's first request, and on operations that need only the runtime key
                (which ships in every build of the game) another device that sends the same key and body would be given the
                first device's answer. A retry with the same key and the same body gets the stored response with `Idempotent-
                Replay: true` and no second effect; the same key with a different body is 409 `idempotency_conflict`. Keys are
                scoped to the environment, the API key and the account (the session's account, or the `accountId` in the path),
                and kept 24 hours. A weaker key is refused with 400 `invalid_request`.
     """

    reset_schedule: None | str | Unset = UNSET
    authoritative: bool | Unset = UNSET
    stream_top_n: int | Unset = UNSET
    idempotency_key: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        reset_schedule: None | str | Unset
        if isinstance(self.reset_schedule, Unset):
            reset_schedule = UNSET
        else:
            reset_schedule = self.reset_schedule

        authoritative = self.authoritative

        stream_top_n = self.stream_top_n

        idempotency_key = self.idempotency_key


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if reset_schedule is not UNSET:
            field_dict["resetSchedule"] = reset_schedule
        if authoritative is not UNSET:
            field_dict["authoritative"] = authoritative
        if stream_top_n is not UNSET:
            field_dict["streamTopN"] = stream_top_n
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_reset_schedule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reset_schedule = _parse_reset_schedule(d.pop("resetSchedule", UNSET))


        authoritative = d.pop("authoritative", UNSET)

        stream_top_n = d.pop("streamTopN", UNSET)

        idempotency_key = d.pop("idempotencyKey", UNSET)

        update_leaderboard_request = cls(
            reset_schedule=reset_schedule,
            authoritative=authoritative,
            stream_top_n=stream_top_n,
            idempotency_key=idempotency_key,
        )

        return update_leaderboard_request

