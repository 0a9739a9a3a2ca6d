from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.match_connection import MatchConnection





T = TypeVar("T", bound="PushMatchRequest")



@_attrs_define
class PushMatchRequest:
    """ A match the studio's matchmaker made. `matchId` is the matchmaker's own id and makes the push idempotent.

        Attributes:
            match_id (str): The matchmaker's own id of the match: letters, digits, `_`, `.`, `:` and `-`.
            account_ids (list[str]):
            connection (MatchConnection): Where the game server waits for the players.
            lobby_id (str | Unset): A lobby's id.
            expires_at (datetime.datetime | Unset):
            idempotency_key (str | Unset): A key for this request, chosen by the client: at least 16 characters from `A–Z
                a–z 0–9 _ -` — a UUID, or 16 random bytes in hex (what the official SDKs send). Make it random: the key is what
                tells one device's retry from another device's first request, and on operations that need only the runtime key
                (which ships in every build of the game) another device that sends the same key and body would be given the
                first device's answer. A retry with the same key and the same body gets the stored response with `Idempotent-
                Replay: true` and no second effect; the same key with a different body is 409 `idempotency_conflict`. Keys are
                scoped to the environment, the API key and the account (the session's account, or the `accountId` in the path),
                and kept 24 hours. A weaker key is refused with 400 `invalid_request`.
     """

    match_id: str
    account_ids: list[str]
    connection: MatchConnection
    lobby_id: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    idempotency_key: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.match_connection import MatchConnection # noqa: PLC0415
        match_id = self.match_id

        account_ids = self.account_ids



        connection = self.connection.to_dict()

        lobby_id = self.lobby_id

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        idempotency_key = self.idempotency_key


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "matchId": match_id,
            "accountIds": account_ids,
            "connection": connection,
        })
        if lobby_id is not UNSET:
            field_dict["lobbyId"] = lobby_id
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.match_connection import MatchConnection # noqa: PLC0415
        d = dict(src_dict)
        match_id = d.pop("matchId")

        account_ids = cast(list[str], d.pop("accountIds"))


        connection = MatchConnection.from_dict(d.pop("connection"))




        lobby_id = d.pop("lobbyId", UNSET)

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at,  Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)




        idempotency_key = d.pop("idempotencyKey", UNSET)

        push_match_request = cls(
            match_id=match_id,
            account_ids=account_ids,
            connection=connection,
            lobby_id=lobby_id,
            expires_at=expires_at,
            idempotency_key=idempotency_key,
        )

        return push_match_request

