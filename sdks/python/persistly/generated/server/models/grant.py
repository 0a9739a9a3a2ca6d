from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.grant_source import GrantSource
from ..models.grant_status import GrantStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.grant_last_error_type_1 import GrantLastErrorType1
  from ..models.rewards import Rewards





T = TypeVar("T", bound="Grant")



@_attrs_define
class Grant:
    """ Rewards issued to an account and claimed by the player. `status`: pending → claimed | expired | revoked (a pending
    grant past `expiresAt` is expired). A pending grant with a `lastError` is stuck: its last claim could not apply, and
    an operator can force-claim it.

        Attributes:
            grant_id (str): A grant's id.
            account_id (str): An account id: `acc_` and 26 lowercase base32 characters (128 random bits).
            rewards (Rewards): Currencies and items, each by id.
            reason (str):
            source (GrantSource):
            status (GrantStatus):
            expires_at (datetime.datetime | None):
            external_ref (None | str):
            last_error (GrantLastErrorType1 | None):
            created_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
            claimed_at (datetime.datetime | None):
            revoked_at (datetime.datetime | None):
            entry_id (None | str): The ledger entry of the claim.
     """

    grant_id: str
    account_id: str
    rewards: Rewards
    reason: str
    source: GrantSource
    status: GrantStatus
    expires_at: datetime.datetime | None
    external_ref: None | str
    last_error: GrantLastErrorType1 | None
    created_at: datetime.datetime
    claimed_at: datetime.datetime | None
    revoked_at: datetime.datetime | None
    entry_id: None | str





    def to_dict(self) -> dict[str, Any]:
        from ..models.grant_last_error_type_1 import GrantLastErrorType1 # noqa: PLC0415
        from ..models.rewards import Rewards # noqa: PLC0415
        grant_id = self.grant_id

        account_id = self.account_id

        rewards = self.rewards.to_dict()

        reason = self.reason

        source = self.source.value

        status = self.status.value

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        external_ref: None | str
        external_ref = self.external_ref

        last_error: dict[str, Any] | None
        if isinstance(self.last_error, GrantLastErrorType1):
            last_error = self.last_error.to_dict()
        else:
            last_error = self.last_error

        created_at = self.created_at.isoformat()

        claimed_at: None | str
        if isinstance(self.claimed_at, datetime.datetime):
            claimed_at = self.claimed_at.isoformat()
        else:
            claimed_at = self.claimed_at

        revoked_at: None | str
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        entry_id: None | str
        entry_id = self.entry_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "grantId": grant_id,
            "accountId": account_id,
            "rewards": rewards,
            "reason": reason,
            "source": source,
            "status": status,
            "expiresAt": expires_at,
            "externalRef": external_ref,
            "lastError": last_error,
            "createdAt": created_at,
            "claimedAt": claimed_at,
            "revokedAt": revoked_at,
            "entryId": entry_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.grant_last_error_type_1 import GrantLastErrorType1 # noqa: PLC0415
        from ..models.rewards import Rewards # noqa: PLC0415
        d = dict(src_dict)
        grant_id = d.pop("grantId")

        account_id = d.pop("accountId")

        rewards = Rewards.from_dict(d.pop("rewards"))




        reason = d.pop("reason")

        source = GrantSource(d.pop("source"))




        status = GrantStatus(d.pop("status"))




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


        def _parse_external_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_ref = _parse_external_ref(d.pop("externalRef"))


        def _parse_last_error(data: object) -> GrantLastErrorType1 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_error_type_1 = GrantLastErrorType1.from_dict(data)



                return last_error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GrantLastErrorType1 | None, data)

        last_error = _parse_last_error(d.pop("lastError"))


        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        def _parse_claimed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                claimed_at_type_0 = datetime.datetime.fromisoformat(data)



                return claimed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        claimed_at = _parse_claimed_at(d.pop("claimedAt"))


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


        def _parse_entry_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        entry_id = _parse_entry_id(d.pop("entryId"))


        grant = cls(
            grant_id=grant_id,
            account_id=account_id,
            rewards=rewards,
            reason=reason,
            source=source,
            status=status,
            expires_at=expires_at,
            external_ref=external_ref,
            last_error=last_error,
            created_at=created_at,
            claimed_at=claimed_at,
            revoked_at=revoked_at,
            entry_id=entry_id,
        )

        return grant

