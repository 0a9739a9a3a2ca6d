from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.transfer_code_state_state import TransferCodeStateState
from typing import cast
import datetime






T = TypeVar("T", bound="TransferCodeState")



@_attrs_define
class TransferCodeState:
    """ A transfer code's state; never the code itself.

        Attributes:
            created_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
            expires_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
            state (TransferCodeStateState): `live` codes can still be redeemed.
            failed_attempts (int): Wrong guesses counted against the code.
     """

    created_at: datetime.datetime
    expires_at: datetime.datetime
    state: TransferCodeStateState
    failed_attempts: int





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        expires_at = self.expires_at.isoformat()

        state = self.state.value

        failed_attempts = self.failed_attempts


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "createdAt": created_at,
            "expiresAt": expires_at,
            "state": state,
            "failedAttempts": failed_attempts,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))




        state = TransferCodeStateState(d.pop("state"))




        failed_attempts = d.pop("failedAttempts")

        transfer_code_state = cls(
            created_at=created_at,
            expires_at=expires_at,
            state=state,
            failed_attempts=failed_attempts,
        )

        return transfer_code_state

