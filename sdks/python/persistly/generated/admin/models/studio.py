from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.plan import Plan
from ..models.role import Role
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.game import Game





T = TypeVar("T", bound="Studio")



@_attrs_define
class Studio:
    """ A studio: its plan, storage, games, and the member's role.

        Attributes:
            studio_id (UUID): A studio (a workspace in the operator CLI).
            name (str):
            plan (Plan): The studio's plan (DESIGN §2).
            role (Role): What a member may do in a studio: `viewer` reads; `support` also acts on players (grants, force-
                claims); `admin` also configures games, keys and config; `owner` also manages members and the plan.
            storage_bytes (int): Bytes of every stored slot version in the studio.
            created_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
            games (list[Game]):
     """

    studio_id: UUID
    name: str
    plan: Plan
    role: Role
    storage_bytes: int
    created_at: datetime.datetime
    games: list[Game]





    def to_dict(self) -> dict[str, Any]:
        from ..models.game import Game # noqa: PLC0415
        studio_id = str(self.studio_id)

        name = self.name

        plan = self.plan.value

        role = self.role.value

        storage_bytes = self.storage_bytes

        created_at = self.created_at.isoformat()

        games = []
        for games_item_data in self.games:
            games_item = games_item_data.to_dict()
            games.append(games_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "studioId": studio_id,
            "name": name,
            "plan": plan,
            "role": role,
            "storageBytes": storage_bytes,
            "createdAt": created_at,
            "games": games,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.game import Game # noqa: PLC0415
        d = dict(src_dict)
        studio_id = UUID(d.pop("studioId"))




        name = d.pop("name")

        plan = Plan(d.pop("plan"))




        role = Role(d.pop("role"))




        storage_bytes = d.pop("storageBytes")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        games = []
        _games = d.pop("games")
        for games_item_data in (_games):
            games_item = Game.from_dict(games_item_data)



            games.append(games_item)


        studio = cls(
            studio_id=studio_id,
            name=name,
            plan=plan,
            role=role,
            storage_bytes=storage_bytes,
            created_at=created_at,
            games=games,
        )

        return studio

