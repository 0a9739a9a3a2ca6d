from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.leaderboard_operator import LeaderboardOperator
from ..models.leaderboard_sort_order import LeaderboardSortOrder
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.leaderboard_period import LeaderboardPeriod





T = TypeVar("T", bound="Leaderboard")



@_attrs_define
class Leaderboard:
    """ A leaderboard's definition and its current period.

        Attributes:
            leaderboard_id (str): A leaderboard's id, chosen by the studio: lower-case letters, digits, `-` and `_`, at most
                64 characters.
            sort_order (LeaderboardSortOrder): `desc`: the highest score ranks first; `asc`: the lowest (times, strokes).
            operator (LeaderboardOperator): How a submission changes the player's record: `best` keeps the better (score,
                subscore) pair — compared as a pair, never mixed from two submissions; `latest` keeps the last one; `increment`
                adds score and subscore to the record's.
            reset_schedule (None | str): A five-field cron expression in UTC (`0 0 * * 1`: Mondays at midnight). Each firing
                starts a new period; null: the board never resets. A schedule that never fires (days its months lack, such as `0
                0 31 4,6,9,11 *`) is refused with 400 (`schedule_never_fires`).
            authoritative (bool): Only the server surface (`submitScoreForAccount`) may write; `submitScore` is 403
                `leaderboard_authoritative`.
            stream_top_n (int): `streamLeaderboard` sends `score_update` for every change inside this many top ranks.
            current_period (LeaderboardPeriod): A period of a leaderboard: its id and its bounds (both null on a board that
                never resets).
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
     """

    leaderboard_id: str
    sort_order: LeaderboardSortOrder
    operator: LeaderboardOperator
    reset_schedule: None | str
    authoritative: bool
    stream_top_n: int
    current_period: LeaderboardPeriod
    created_at: datetime.datetime
    updated_at: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        from ..models.leaderboard_period import LeaderboardPeriod # noqa: PLC0415
        leaderboard_id = self.leaderboard_id

        sort_order = self.sort_order.value

        operator = self.operator.value

        reset_schedule: None | str
        reset_schedule = self.reset_schedule

        authoritative = self.authoritative

        stream_top_n = self.stream_top_n

        current_period = self.current_period.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "leaderboardId": leaderboard_id,
            "sortOrder": sort_order,
            "operator": operator,
            "resetSchedule": reset_schedule,
            "authoritative": authoritative,
            "streamTopN": stream_top_n,
            "currentPeriod": current_period,
            "createdAt": created_at,
            "updatedAt": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.leaderboard_period import LeaderboardPeriod # noqa: PLC0415
        d = dict(src_dict)
        leaderboard_id = d.pop("leaderboardId")

        sort_order = LeaderboardSortOrder(d.pop("sortOrder"))




        operator = LeaderboardOperator(d.pop("operator"))




        def _parse_reset_schedule(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reset_schedule = _parse_reset_schedule(d.pop("resetSchedule"))


        authoritative = d.pop("authoritative")

        stream_top_n = d.pop("streamTopN")

        current_period = LeaderboardPeriod.from_dict(d.pop("currentPeriod"))




        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))




        leaderboard = cls(
            leaderboard_id=leaderboard_id,
            sort_order=sort_order,
            operator=operator,
            reset_schedule=reset_schedule,
            authoritative=authoritative,
            stream_top_n=stream_top_n,
            current_period=current_period,
            created_at=created_at,
            updated_at=updated_at,
        )

        return leaderboard

