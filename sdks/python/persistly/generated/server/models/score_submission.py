from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.leaderboard_record import LeaderboardRecord





T = TypeVar("T", bound="ScoreSubmission")



@_attrs_define
class ScoreSubmission:
    """ The player's record after the submission, ranked. With `operator: best`, a submission that is not better leaves the
    record as it was (`changed: false`).

        Attributes:
            leaderboard_id (str): A leaderboard's id, chosen by the studio: lower-case letters, digits, `-` and `_`, at most
                64 characters.
            period (str): A reset period of a leaderboard: the UTC instant it started (the `resetSchedule` firing before
                it), or `all` on a board that never resets. Each period is its own partition of records.
            record (LeaderboardRecord): One player's record on a board, as every player sees it: the player is shown only by
                `publicId` and `displayName`. Ranks are competition ranks (1, 2, 2, 4): records are ordered by score, then by
                subscore (in the board's `sortOrder` too), then by the earliest `achievedAt`; only records equal in all three
                share a rank.
            previous_rank (int | None): The record's rank before the submission; null when the player had no record in this
                period.
            changed (bool):
     """

    leaderboard_id: str
    period: str
    record: LeaderboardRecord
    previous_rank: int | None
    changed: bool





    def to_dict(self) -> dict[str, Any]:
        from ..models.leaderboard_record import LeaderboardRecord # noqa: PLC0415
        leaderboard_id = self.leaderboard_id

        period = self.period

        record = self.record.to_dict()

        previous_rank: int | None
        previous_rank = self.previous_rank

        changed = self.changed


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "leaderboardId": leaderboard_id,
            "period": period,
            "record": record,
            "previousRank": previous_rank,
            "changed": changed,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.leaderboard_record import LeaderboardRecord # noqa: PLC0415
        d = dict(src_dict)
        leaderboard_id = d.pop("leaderboardId")

        period = d.pop("period")

        record = LeaderboardRecord.from_dict(d.pop("record"))




        def _parse_previous_rank(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        previous_rank = _parse_previous_rank(d.pop("previousRank"))


        changed = d.pop("changed")

        score_submission = cls(
            leaderboard_id=leaderboard_id,
            period=period,
            record=record,
            previous_rank=previous_rank,
            changed=changed,
        )

        return score_submission

