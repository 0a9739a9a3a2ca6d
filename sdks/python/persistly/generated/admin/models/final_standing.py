from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.rewards import Rewards





T = TypeVar("T", bound="FinalStanding")



@_attrs_define
class FinalStanding:
    """ A ranked player when the event finalised, with what the rank won (null: outside every tier).

        Attributes:
            rank (int):
            public_id (str): A player's public handle: random and stable, the only way other players see an account (with
                `displayName`). It tells nothing about the account id or the playerRef.
            display_name (None | str):
            score (int): An integer within ±(2^53 − 1), exact in every JSON parser.
            subscore (int): An integer within ±(2^53 − 1), exact in every JSON parser.
            rewards (None | Rewards):
     """

    rank: int
    public_id: str
    display_name: None | str
    score: int
    subscore: int
    rewards: None | Rewards





    def to_dict(self) -> dict[str, Any]:
        from ..models.rewards import Rewards # noqa: PLC0415
        rank = self.rank

        public_id = self.public_id

        display_name: None | str
        display_name = self.display_name

        score = self.score

        subscore = self.subscore

        rewards: dict[str, Any] | None
        if isinstance(self.rewards, Rewards):
            rewards = self.rewards.to_dict()
        else:
            rewards = self.rewards


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "rank": rank,
            "publicId": public_id,
            "displayName": display_name,
            "score": score,
            "subscore": subscore,
            "rewards": rewards,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rewards import Rewards # noqa: PLC0415
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

        def _parse_rewards(data: object) -> None | Rewards:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rewards_type_0 = Rewards.from_dict(data)



                return rewards_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Rewards, data)

        rewards = _parse_rewards(d.pop("rewards"))


        final_standing = cls(
            rank=rank,
            public_id=public_id,
            display_name=display_name,
            score=score,
            subscore=subscore,
            rewards=rewards,
        )

        return final_standing

