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
  from ..models.create_grant_request_rewards import CreateGrantRequestRewards





T = TypeVar("T", bound="CreateGrantRequest")



@_attrs_define
class CreateGrantRequest:
    """ A manual grant: rewards from the active catalog for the player to claim.

        Attributes:
            account_id (str): An account id: `acc_` and 26 lowercase base32 characters (128 random bits).
            rewards (CreateGrantRequestRewards):
            reason (str): Why; the player sees it, and so does the audit log.
            expires_at (datetime.datetime | Unset): After this instant the grant can no longer be claimed.
            external_ref (str | Unset): Your own reference; it deduplicates: a second grant with the same one returns the
                first.
            idempotency_key (str | Unset): A key for this request, chosen by the client: at least 16 characters from `A–Z
                a–z 0–9 _ -` — a UUID, or 16 random bytes in hex (what the official SDKs send). Make it random: the key is what
                tells one device's retry from another device's first request, and on operations that need only the runtime key
                (which ships in every build of the game) another device that sends the same key and body would be given the
                first device's answer. A retry with the same key and the same body gets the stored response with `Idempotent-
                Replay: true` and no second effect; the same key with a different body is 409 `idempotency_conflict`. Keys are
                scoped to the environment, the API key and the account (the session's account, or the `accountId` in the path),
                and kept 24 hours. A weaker key is refused with 400 `invalid_request`.
     """

    account_id: str
    rewards: CreateGrantRequestRewards
    reason: str
    expires_at: datetime.datetime | Unset = UNSET
    external_ref: str | Unset = UNSET
    idempotency_key: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.create_grant_request_rewards import CreateGrantRequestRewards # noqa: PLC0415
        account_id = self.account_id

        rewards = self.rewards.to_dict()

        reason = self.reason

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        external_ref = self.external_ref

        idempotency_key = self.idempotency_key


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "accountId": account_id,
            "rewards": rewards,
            "reason": reason,
        })
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if external_ref is not UNSET:
            field_dict["externalRef"] = external_ref
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_grant_request_rewards import CreateGrantRequestRewards # noqa: PLC0415
        d = dict(src_dict)
        account_id = d.pop("accountId")

        rewards = CreateGrantRequestRewards.from_dict(d.pop("rewards"))




        reason = d.pop("reason")

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at,  Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)




        external_ref = d.pop("externalRef", UNSET)

        idempotency_key = d.pop("idempotencyKey", UNSET)

        create_grant_request = cls(
            account_id=account_id,
            rewards=rewards,
            reason=reason,
            expires_at=expires_at,
            external_ref=external_ref,
            idempotency_key=idempotency_key,
        )

        return create_grant_request

