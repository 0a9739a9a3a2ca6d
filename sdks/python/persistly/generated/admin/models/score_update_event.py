from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="ScoreUpdateEvent")



@_attrs_define
class ScoreUpdateEvent:
    """ `event: score_update` — a record inside the board's top `streamTopN` changed (or entered or left it), or the record
    the stream follows (`follow`) changed. Coalesced per record: at most 4 a second, the latest state wins.

        Attributes:
            public_id (str): A player's public handle: random and stable, the only way other players see an account (with
                `displayName`). It tells nothing about the account id or the playerRef.
            display_name (None | str):
            score (int): An integer within ±(2^53 − 1), exact in every JSON parser.
            subscore (int): An integer within ±(2^53 − 1), exact in every JSON parser.
            rank (int):
            previous_rank (int | None): The record's rank before this change; null for a new record.
     """

    public_id: str
    display_name: None | str
    score: int
    subscore: int
    rank: int
    previous_rank: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        public_id = self.public_id

        display_name: None | str
        display_name = self.display_name

        score = self.score

        subscore = self.subscore

        rank = self.rank

        previous_rank: int | None
        previous_rank = self.previous_rank


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "publicId": public_id,
            "displayName": display_name,
            "score": score,
            "subscore": subscore,
            "rank": rank,
            "previousRank": previous_rank,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        public_id = d.pop("publicId")

        def _parse_display_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        display_name = _parse_display_name(d.pop("displayName"))


        score = d.pop("score")

        subscore = d.pop("subscore")

        rank = d.pop("rank")

        def _parse_previous_rank(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        previous_rank = _parse_previous_rank(d.pop("previousRank"))


        score_update_event = cls(
            public_id=public_id,
            display_name=display_name,
            score=score,
            subscore=subscore,
            rank=rank,
            previous_rank=previous_rank,
        )


        score_update_event.additional_properties = d
        return score_update_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
