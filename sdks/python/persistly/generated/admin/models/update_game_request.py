from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="UpdateGameRequest")



@_attrs_define
class UpdateGameRequest:
    """ The switches to change; what is left out stays as it is.

        Attributes:
            transfer_codes_enabled (bool | Unset): Whether players can create device-transfer codes.
            allowed_origins (list[str] | Unset): Browser origins allowed to call the SDK surface with this game's keys
                (`https://game.example`, or `*` for any); replaces the list.
            idempotency_key (str | Unset): A key for this request, chosen by the client: at least 16 characters from `A–Z
                a–z 0–9 _ -` — a UUID, or 16 random bytes in hex (what the official SDKs send). Make it random: the key is what
                tells one device's retry from another device's first request, and on operations that need only the runtime key
                (which ships in every build of the game) another device that sends the same key and body would be given the
                first device's answer. A retry with the same key and the same body gets the stored response with `Idempotent-
                Replay: true` and no second effect; the same key with a different body is 409 `idempotency_conflict`. Keys are
                scoped to the environment, the API key and the account (the session's account, or the `accountId` in the path),
                and kept 24 hours. A weaker key is refused with 400 `invalid_request`.
     """

    transfer_codes_enabled: bool | Unset = UNSET
    allowed_origins: list[str] | Unset = UNSET
    idempotency_key: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        transfer_codes_enabled = self.transfer_codes_enabled

        allowed_origins: list[str] | Unset = UNSET
        if not isinstance(self.allowed_origins, Unset):
            allowed_origins = self.allowed_origins



        idempotency_key = self.idempotency_key


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if transfer_codes_enabled is not UNSET:
            field_dict["transferCodesEnabled"] = transfer_codes_enabled
        if allowed_origins is not UNSET:
            field_dict["allowedOrigins"] = allowed_origins
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transfer_codes_enabled = d.pop("transferCodesEnabled", UNSET)

        allowed_origins = cast(list[str], d.pop("allowedOrigins", UNSET))


        idempotency_key = d.pop("idempotencyKey", UNSET)

        update_game_request = cls(
            transfer_codes_enabled=transfer_codes_enabled,
            allowed_origins=allowed_origins,
            idempotency_key=idempotency_key,
        )

        return update_game_request

