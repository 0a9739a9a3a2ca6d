from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="SessionInfo")



@_attrs_define
class SessionInfo:
    """ An account session's metadata; the token itself is never shown again.

        Attributes:
            session_id (str): An account session's id (not its token).
            created_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
            last_used_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
            sdk (None | str): `X-Persistly-SDK` of the request that created the session.
            revoked_at (datetime.datetime | None):
     """

    session_id: str
    created_at: datetime.datetime
    last_used_at: datetime.datetime
    sdk: None | str
    revoked_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        created_at = self.created_at.isoformat()

        last_used_at = self.last_used_at.isoformat()

        sdk: None | str
        sdk = self.sdk

        revoked_at: None | str
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "sessionId": session_id,
            "createdAt": created_at,
            "lastUsedAt": last_used_at,
            "sdk": sdk,
            "revokedAt": revoked_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = d.pop("sessionId")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        last_used_at = datetime.datetime.fromisoformat(d.pop("lastUsedAt"))




        def _parse_sdk(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sdk = _parse_sdk(d.pop("sdk"))


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


        session_info = cls(
            session_id=session_id,
            created_at=created_at,
            last_used_at=last_used_at,
            sdk=sdk,
            revoked_at=revoked_at,
        )


        session_info.additional_properties = d
        return session_info

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
