from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.submit_score_for_account_request_metadata import SubmitScoreForAccountRequestMetadata





T = TypeVar("T", bound="SubmitScoreForAccountRequest")



@_attrs_define
class SubmitScoreForAccountRequest:
    """ A score for an account's record.

        Attributes:
            account_id (str): An account id: `acc_` and 26 lowercase base32 characters (128 random bits).
            score (int): An integer within ±(2^53 − 1), exact in every JSON parser.
            subscore (int | Unset): An integer within ±(2^53 − 1), exact in every JSON parser.
            metadata (SubmitScoreForAccountRequestMetadata | Unset): Shown with the record to every player; at most 1 KB as
                JSON (400 otherwise).
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
    score: int
    subscore: int | Unset = UNSET
    metadata: SubmitScoreForAccountRequestMetadata | Unset = UNSET
    idempotency_key: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.submit_score_for_account_request_metadata import SubmitScoreForAccountRequestMetadata # noqa: PLC0415
        account_id = self.account_id

        score = self.score

        subscore = self.subscore

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        idempotency_key = self.idempotency_key


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "accountId": account_id,
            "score": score,
        })
        if subscore is not UNSET:
            field_dict["subscore"] = subscore
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.submit_score_for_account_request_metadata import SubmitScoreForAccountRequestMetadata # noqa: PLC0415
        d = dict(src_dict)
        account_id = d.pop("accountId")

        score = d.pop("score")

        subscore = d.pop("subscore", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: SubmitScoreForAccountRequestMetadata | Unset
        if isinstance(_metadata,  Unset):
            metadata = UNSET
        else:
            metadata = SubmitScoreForAccountRequestMetadata.from_dict(_metadata)




        idempotency_key = d.pop("idempotencyKey", UNSET)

        submit_score_for_account_request = cls(
            account_id=account_id,
            score=score,
            subscore=subscore,
            metadata=metadata,
            idempotency_key=idempotency_key,
        )

        return submit_score_for_account_request

