from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.leaderboard_record import LeaderboardRecord





T = TypeVar("T", bound="LeaderboardRecordPage")



@_attrs_define
class LeaderboardRecordPage:
    """ A page of a board's records, best first.

        Attributes:
            leaderboard_id (str): A leaderboard's id, chosen by the studio: lower-case letters, digits, `-` and `_`, at most
                64 characters.
            period (str): A reset period of a leaderboard: the UTC instant it started (the `resetSchedule` firing before
                it), or `all` on a board that never resets. Each period is its own partition of records.
            records (list[LeaderboardRecord]):
            next_cursor (None | str): Pass as `cursor` for the next page; null on the last one.
     """

    leaderboard_id: str
    period: str
    records: list[LeaderboardRecord]
    next_cursor: None | str





    def to_dict(self) -> dict[str, Any]:
        from ..models.leaderboard_record import LeaderboardRecord # noqa: PLC0415
        leaderboard_id = self.leaderboard_id

        period = self.period

        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)



        next_cursor: None | str
        next_cursor = self.next_cursor


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "leaderboardId": leaderboard_id,
            "period": period,
            "records": records,
            "nextCursor": next_cursor,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.leaderboard_record import LeaderboardRecord # noqa: PLC0415
        d = dict(src_dict)
        leaderboard_id = d.pop("leaderboardId")

        period = d.pop("period")

        records = []
        _records = d.pop("records")
        for records_item_data in (_records):
            records_item = LeaderboardRecord.from_dict(records_item_data)



            records.append(records_item)


        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("nextCursor"))


        leaderboard_record_page = cls(
            leaderboard_id=leaderboard_id,
            period=period,
            records=records,
            next_cursor=next_cursor,
        )

        return leaderboard_record_page

