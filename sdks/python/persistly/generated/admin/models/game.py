from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="Game")



@_attrs_define
class Game:
    """ A game of the studio (an environment).

        Attributes:
            game_id (UUID): A game (an environment in the operator CLI, such as `development` or `production`).
            name (str): The game's name, as it shows in its keys (`pst_rt_<name>_…`).
            transfer_codes_enabled (bool):
            active_game_config_version (int | None): The game config version clients receive, or null before the first
                publish.
            allowed_origins (list[str]): Browser origins allowed to call the SDK surface with this game's keys (CORS); `*`
                allows any.
            created_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
     """

    game_id: UUID
    name: str
    transfer_codes_enabled: bool
    active_game_config_version: int | None
    allowed_origins: list[str]
    created_at: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        game_id = str(self.game_id)

        name = self.name

        transfer_codes_enabled = self.transfer_codes_enabled

        active_game_config_version: int | None
        active_game_config_version = self.active_game_config_version

        allowed_origins = self.allowed_origins



        created_at = self.created_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "gameId": game_id,
            "name": name,
            "transferCodesEnabled": transfer_codes_enabled,
            "activeGameConfigVersion": active_game_config_version,
            "allowedOrigins": allowed_origins,
            "createdAt": created_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        game_id = UUID(d.pop("gameId"))




        name = d.pop("name")

        transfer_codes_enabled = d.pop("transferCodesEnabled")

        def _parse_active_game_config_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        active_game_config_version = _parse_active_game_config_version(d.pop("activeGameConfigVersion"))


        allowed_origins = cast(list[str], d.pop("allowedOrigins"))


        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        game = cls(
            game_id=game_id,
            name=name,
            transfer_codes_enabled=transfer_codes_enabled,
            active_game_config_version=active_game_config_version,
            allowed_origins=allowed_origins,
            created_at=created_at,
        )

        return game

