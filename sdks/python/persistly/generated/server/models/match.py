from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.match_connection import MatchConnection





T = TypeVar("T", bound="Match")



@_attrs_define
class Match:
    """ A pushed match and who it was assigned to.

        Attributes:
            match_id (str):
            account_ids (list[str]):
            connection (MatchConnection): Where the game server waits for the players.
            lobby_id (None | str):
            expires_at (datetime.datetime | None):
            created_at (datetime.datetime):
            released_at (datetime.datetime | None):
     """

    match_id: str
    account_ids: list[str]
    connection: MatchConnection
    lobby_id: None | str
    expires_at: datetime.datetime | None
    created_at: datetime.datetime
    released_at: datetime.datetime | None





    def to_dict(self) -> dict[str, Any]:
        from ..models.match_connection import MatchConnection # noqa: PLC0415
        match_id = self.match_id

        account_ids = self.account_ids



        connection = self.connection.to_dict()

        lobby_id: None | str
        lobby_id = self.lobby_id

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        created_at = self.created_at.isoformat()

        released_at: None | str
        if isinstance(self.released_at, datetime.datetime):
            released_at = self.released_at.isoformat()
        else:
            released_at = self.released_at


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "matchId": match_id,
            "accountIds": account_ids,
            "connection": connection,
            "lobbyId": lobby_id,
            "expiresAt": expires_at,
            "createdAt": created_at,
            "releasedAt": released_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.match_connection import MatchConnection # noqa: PLC0415
        d = dict(src_dict)
        match_id = d.pop("matchId")

        account_ids = cast(list[str], d.pop("accountIds"))


        connection = MatchConnection.from_dict(d.pop("connection"))




        def _parse_lobby_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lobby_id = _parse_lobby_id(d.pop("lobbyId"))


        def _parse_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)



                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expires_at = _parse_expires_at(d.pop("expiresAt"))


        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        def _parse_released_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                released_at_type_0 = datetime.datetime.fromisoformat(data)



                return released_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        released_at = _parse_released_at(d.pop("releasedAt"))


        match = cls(
            match_id=match_id,
            account_ids=account_ids,
            connection=connection,
            lobby_id=lobby_id,
            expires_at=expires_at,
            created_at=created_at,
            released_at=released_at,
        )

        return match

