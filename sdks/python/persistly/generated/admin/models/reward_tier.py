from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.reward_tier_rewards import RewardTierRewards





T = TypeVar("T", bound="RewardTier")



@_attrs_define
class RewardTier:
    """ What the ranks `fromRank` to `toRank` (inclusive) win: granted to each ranked player when the event finalises (a
    grant, source `event`, for the player to claim).

        Attributes:
            from_rank (int):
            to_rank (int):
            rewards (RewardTierRewards): Currencies and items of the active catalog.
     """

    from_rank: int
    to_rank: int
    rewards: RewardTierRewards





    def to_dict(self) -> dict[str, Any]:
        from ..models.reward_tier_rewards import RewardTierRewards # noqa: PLC0415
        from_rank = self.from_rank

        to_rank = self.to_rank

        rewards = self.rewards.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "fromRank": from_rank,
            "toRank": to_rank,
            "rewards": rewards,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reward_tier_rewards import RewardTierRewards # noqa: PLC0415
        d = dict(src_dict)
        from_rank = d.pop("fromRank")

        to_rank = d.pop("toRank")

        rewards = RewardTierRewards.from_dict(d.pop("rewards"))




        reward_tier = cls(
            from_rank=from_rank,
            to_rank=to_rank,
            rewards=rewards,
        )

        return reward_tier

