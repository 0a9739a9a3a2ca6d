from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.fulfil_iap_request_environment import FulfilIapRequestEnvironment
from ..models.fulfil_iap_request_store import FulfilIapRequestStore
from ..types import UNSET, Unset






T = TypeVar("T", bound="FulfilIapRequest")



@_attrs_define
class FulfilIapRequest:
    """ A store purchase your backend has verified with the store.

        Attributes:
            account_id (str): An account id: `acc_` and 26 lowercase base32 characters (128 random bits).
            store (FulfilIapRequestStore):
            transaction_id (str): The store's transaction id (printable ASCII, no spaces).
            product_id (str): The store's product id: an offer's `sku` in the active catalog.
            environment (FulfilIapRequestEnvironment):
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
    store: FulfilIapRequestStore
    transaction_id: str
    product_id: str
    environment: FulfilIapRequestEnvironment
    idempotency_key: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        store = self.store.value

        transaction_id = self.transaction_id

        product_id = self.product_id

        environment = self.environment.value

        idempotency_key = self.idempotency_key


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "accountId": account_id,
            "store": store,
            "transactionId": transaction_id,
            "productId": product_id,
            "environment": environment,
        })
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        store = FulfilIapRequestStore(d.pop("store"))




        transaction_id = d.pop("transactionId")

        product_id = d.pop("productId")

        environment = FulfilIapRequestEnvironment(d.pop("environment"))




        idempotency_key = d.pop("idempotencyKey", UNSET)

        fulfil_iap_request = cls(
            account_id=account_id,
            store=store,
            transaction_id=transaction_id,
            product_id=product_id,
            environment=environment,
            idempotency_key=idempotency_key,
        )

        return fulfil_iap_request

