from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.create_leaderboard_request_operator import CreateLeaderboardRequestOperator
from ..models.create_leaderboard_request_sort_order import CreateLeaderboardRequestSortOrder
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CreateLeaderboardRequest")



@_attrs_define
class CreateLeaderboardRequest:
    """ A new leaderboard. Only `leaderboardId` is required.

        Attributes:
            leaderboard_id (str): A leaderboard's id, chosen by the studio: lower-case letters, digits, `-` and `_`, at most
                64 characters.
            sort_order (CreateLeaderboardRequestSortOrder | Unset):  Default: CreateLeaderboardRequestSortOrder.DESC.
            operator (CreateLeaderboardRequestOperator | Unset):  Default: CreateLeaderboardRequestOperator.BEST.
            reset_schedule (None | str | Unset): A five-field cron expression in UTC; null or absent: never resets. An
                expression that does not parse is 400 naming `resetSchedule`. A schedule that never fires (days its months lack,
                such as `0 0 31 4,6,9,11 *`) is refused with 400 (`schedule_never_fires`).
            authoritative (bool | Unset):  Default: False.
            stream_top_n (int | Unset):  Default: 100.
            idempotency_key (str | Unset): A key for this request, chosen by the client: at least 16 characters from `A–Z
                a–z 0–9 _ -` — a UUID, or 16 random bytes in hex (what the official SDKs send). Make it random: the key is what
                tells one device's retry from another device's first request, and on operations that need only the runtime key
                (which ships in every build of the game) another device that sends the same key and body would be given the
                first device's answer. A retry with the same key and the same body gets the stored response with `Idempotent-
                Replay: true` and no second effect; the same key with a different body is 409 `idempotency_conflict`. Keys are
                scoped to the environment, the API key and the account (the session's account, or the `accountId` in the path),
                and kept 24 hours. A weaker key is refused with 400 `invalid_request`.
     """

    leaderboard_id: str
    sort_order: CreateLeaderboardRequestSortOrder | Unset = CreateLeaderboardRequestSortOrder.DESC
    operator: CreateLeaderboardRequestOperator | Unset = CreateLeaderboardRequestOperator.BEST
    reset_schedule: None | str | Unset = UNSET
    authoritative: bool | Unset = False
    stream_top_n: int | Unset = 100
    idempotency_key: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        leaderboard_id = self.leaderboard_id

        sort_order: str | Unset = UNSET
        if not isinstance(self.sort_order, Unset):
            sort_order = self.sort_order.value


        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value


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
            "leaderboardId": leaderboard_id,
        })
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order
        if operator is not UNSET:
            field_dict["operator"] = operator
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
        leaderboard_id = d.pop("leaderboardId")

        _sort_order = d.pop("sortOrder", UNSET)
        sort_order: CreateLeaderboardRequestSortOrder | Unset
        if isinstance(_sort_order,  Unset):
            sort_order = UNSET
        else:
            sort_order = CreateLeaderboardRequestSortOrder(_sort_order)




        _operator = d.pop("operator", UNSET)
        operator: CreateLeaderboardRequestOperator | Unset
        if isinstance(_operator,  Unset):
            operator = UNSET
        else:
            operator = CreateLeaderboardRequestOperator(_operator)




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

        create_leaderboard_request = cls(
            leaderboard_id=leaderboard_id,
            sort_order=sort_order,
            operator=operator,
            reset_schedule=reset_schedule,
            authoritative=authoritative,
            stream_top_n=stream_top_n,
            idempotency_key=idempotency_key,
        )

        return create_leaderboard_request

