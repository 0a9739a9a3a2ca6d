from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="HiddenRecord")



@_attrs_define
class HiddenRecord:
    """ The record's visibility now.

        Attributes:
            leaderboard_id (str): A leaderboard's id, chosen by the studio: lower-case letters, digits, `-` and `_`, at most
                64 characters.
            period (str): A reset period of a leaderboard: the UTC instant it started (the `resetSchedule` firing before
                it), or `all` on a board that never resets. Each period is its own partition of records.
            public_id (str): A player's public handle: random and stable, the only way other players see an account (with
                `displayName`). It tells nothing about the account id or the playerRef.
            hidden (bool):
     """

    leaderboard_id: str
    period: str
    public_id: str
    hidden: bool





    def to_dict(self) -> dict[str, Any]:
        leaderboard_id = self.leaderboard_id

        period = self.period

        public_id = self.public_id

        hidden = self.hidden


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "leaderboardId": leaderboard_id,
            "period": period,
            "publicId": public_id,
            "hidden": hidden,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        leaderboard_id = d.pop("leaderboardId")

        period = d.pop("period")

        public_id = d.pop("publicId")

        hidden = d.pop("hidden")

        hidden_record = cls(
            leaderboard_id=leaderboard_id,
            period=period,
            public_id=public_id,
            hidden=hidden,
        )

        return hidden_record

