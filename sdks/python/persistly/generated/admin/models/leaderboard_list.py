from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.leaderboard import Leaderboard





T = TypeVar("T", bound="LeaderboardList")



@_attrs_define
class LeaderboardList:
    """ The environment's leaderboards, by id.

        Attributes:
            leaderboards (list[Leaderboard]):
     """

    leaderboards: list[Leaderboard]





    def to_dict(self) -> dict[str, Any]:
        from ..models.leaderboard import Leaderboard # noqa: PLC0415
        leaderboards = []
        for leaderboards_item_data in self.leaderboards:
            leaderboards_item = leaderboards_item_data.to_dict()
            leaderboards.append(leaderboards_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "leaderboards": leaderboards,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.leaderboard import Leaderboard # noqa: PLC0415
        d = dict(src_dict)
        leaderboards = []
        _leaderboards = d.pop("leaderboards")
        for leaderboards_item_data in (_leaderboards):
            leaderboards_item = Leaderboard.from_dict(leaderboards_item_data)



            leaderboards.append(leaderboards_item)


        leaderboard_list = cls(
            leaderboards=leaderboards,
        )

        return leaderboard_list

