from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.key_kind import KeyKind
from typing import cast
import datetime






T = TypeVar("T", bound="ApiKeyInfo")



@_attrs_define
class ApiKeyInfo:
    """ An API key as listed: never the key itself, only its display prefix.

        Attributes:
            key_id (str): An API key's id.
            kind (KeyKind): `runtime` keys ship in game builds (the SDK surface); `server` keys stay on the studio's backend
                (the server surface).
            prefix (str): The start of the key, kept in clear to recognise it.
            created_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
            revoked_at (datetime.datetime | None):
     """

    key_id: str
    kind: KeyKind
    prefix: str
    created_at: datetime.datetime
    revoked_at: datetime.datetime | None





    def to_dict(self) -> dict[str, Any]:
        key_id = self.key_id

        kind = self.kind.value

        prefix = self.prefix

        created_at = self.created_at.isoformat()

        revoked_at: None | str
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "keyId": key_id,
            "kind": kind,
            "prefix": prefix,
            "createdAt": created_at,
            "revokedAt": revoked_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key_id = d.pop("keyId")

        kind = KeyKind(d.pop("kind"))




        prefix = d.pop("prefix")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        def _parse_revoked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(data)



                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        revoked_at = _parse_revoked_at(d.pop("revokedAt"))


        api_key_info = cls(
            key_id=key_id,
            kind=kind,
            prefix=prefix,
            created_at=created_at,
            revoked_at=revoked_at,
        )

        return api_key_info

