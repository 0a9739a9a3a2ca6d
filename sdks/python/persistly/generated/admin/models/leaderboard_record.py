from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.leaderboard_record_metadata_type_0 import LeaderboardRecordMetadataType0





T = TypeVar("T", bound="LeaderboardRecord")



@_attrs_define
class LeaderboardRecord:
    """ One player's record on a board, as every player sees it: the player is shown only by `publicId` and `displayName`.
    Ranks are competition ranks (1, 2, 2, 4): records are ordered by score, then by subscore (in the board's `sortOrder`
    too), then by the earliest `achievedAt`; only records equal in all three share a rank.

        Attributes:
            rank (int):
            public_id (str): A player's public handle: random and stable, the only way other players see an account (with
                `displayName`). It tells nothing about the account id or the playerRef.
            display_name (None | str):
            score (int): An integer within ±(2^53 − 1), exact in every JSON parser.
            subscore (int): An integer within ±(2^53 − 1), exact in every JSON parser.
            metadata (LeaderboardRecordMetadataType0 | None): What the submission that set the record carried (at most 1 KB
                of JSON).
            achieved_at (datetime.datetime): When the record took its current value.
     """

    rank: int
    public_id: str
    display_name: None | str
    score: int
    subscore: int
    metadata: LeaderboardRecordMetadataType0 | None
    achieved_at: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        from ..models.leaderboard_record_metadata_type_0 import LeaderboardRecordMetadataType0 # noqa: PLC0415
        rank = self.rank

        public_id = self.public_id

        display_name: None | str
        display_name = self.display_name

        score = self.score

        subscore = self.subscore

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, LeaderboardRecordMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        achieved_at = self.achieved_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "rank": rank,
            "publicId": public_id,
            "displayName": display_name,
            "score": score,
            "subscore": subscore,
            "metadata": metadata,
            "achievedAt": achieved_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.leaderboard_record_metadata_type_0 import LeaderboardRecordMetadataType0 # noqa: PLC0415
        d = dict(src_dict)
        rank = d.pop("rank")

        public_id = d.pop("publicId")

        def _parse_display_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        display_name = _parse_display_name(d.pop("displayName"))


        score = d.pop("score")

        subscore = d.pop("subscore")

        def _parse_metadata(data: object) -> LeaderboardRecordMetadataType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = LeaderboardRecordMetadataType0.from_dict(data)



                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LeaderboardRecordMetadataType0 | None, data)

        metadata = _parse_metadata(d.pop("metadata"))


        achieved_at = datetime.datetime.fromisoformat(d.pop("achievedAt"))




        leaderboard_record = cls(
            rank=rank,
            public_id=public_id,
            display_name=display_name,
            score=score,
            subscore=subscore,
            metadata=metadata,
            achieved_at=achieved_at,
        )

        return leaderboard_record

