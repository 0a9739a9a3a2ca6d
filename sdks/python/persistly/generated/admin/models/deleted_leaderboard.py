from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="DeletedLeaderboard")



@_attrs_define
class DeletedLeaderboard:
    """ The board that was deleted, with how many records went with it.

        Attributes:
            leaderboard_id (str): A leaderboard's id, chosen by the studio: lower-case letters, digits, `-` and `_`, at most
                64 characters.
            records_deleted (int):
     """

    leaderboard_id: str
    records_deleted: int





    def to_dict(self) -> dict[str, Any]:
        leaderboard_id = self.leaderboard_id

        records_deleted = self.records_deleted


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "leaderboardId": leaderboard_id,
            "recordsDeleted": records_deleted,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        leaderboard_id = d.pop("leaderboardId")

        records_deleted = d.pop("recordsDeleted")

        deleted_leaderboard = cls(
            leaderboard_id=leaderboard_id,
            records_deleted=records_deleted,
        )

        return deleted_leaderboard

