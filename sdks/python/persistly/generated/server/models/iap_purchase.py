from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.iap_purchase_environment import IapPurchaseEnvironment
from ..models.iap_purchase_status import IapPurchaseStatus
from ..models.iap_purchase_store import IapPurchaseStore
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.rewards import Rewards





T = TypeVar("T", bound="IapPurchase")



@_attrs_define
class IapPurchase:
    """ A fulfilled store transaction: the offer it matched, what it gave, and its refund once refunded.

        Attributes:
            store (IapPurchaseStore):
            transaction_id (str):
            environment (IapPurchaseEnvironment):
            account_id (str): An account id: `acc_` and 26 lowercase base32 characters (128 random bits).
            product_id (str):
            offer_id (str): A currency, item or offer id: 1–64 of `a-z 0-9 _ . -`, starting with a letter or digit.
            contents (Rewards): Currencies and items, each by id.
            status (IapPurchaseStatus):
            fulfilled_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
            entry_id (str):
            refunded_at (datetime.datetime | None):
            refund_entry_id (None | str):
     """

    store: IapPurchaseStore
    transaction_id: str
    environment: IapPurchaseEnvironment
    account_id: str
    product_id: str
    offer_id: str
    contents: Rewards
    status: IapPurchaseStatus
    fulfilled_at: datetime.datetime
    entry_id: str
    refunded_at: datetime.datetime | None
    refund_entry_id: None | str





    def to_dict(self) -> dict[str, Any]:
        from ..models.rewards import Rewards # noqa: PLC0415
        store = self.store.value

        transaction_id = self.transaction_id

        environment = self.environment.value

        account_id = self.account_id

        product_id = self.product_id

        offer_id = self.offer_id

        contents = self.contents.to_dict()

        status = self.status.value

        fulfilled_at = self.fulfilled_at.isoformat()

        entry_id = self.entry_id

        refunded_at: None | str
        if isinstance(self.refunded_at, datetime.datetime):
            refunded_at = self.refunded_at.isoformat()
        else:
            refunded_at = self.refunded_at

        refund_entry_id: None | str
        refund_entry_id = self.refund_entry_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "store": store,
            "transactionId": transaction_id,
            "environment": environment,
            "accountId": account_id,
            "productId": product_id,
            "offerId": offer_id,
            "contents": contents,
            "status": status,
            "fulfilledAt": fulfilled_at,
            "entryId": entry_id,
            "refundedAt": refunded_at,
            "refundEntryId": refund_entry_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rewards import Rewards # noqa: PLC0415
        d = dict(src_dict)
        store = IapPurchaseStore(d.pop("store"))




        transaction_id = d.pop("transactionId")

        environment = IapPurchaseEnvironment(d.pop("environment"))




        account_id = d.pop("accountId")

        product_id = d.pop("productId")

        offer_id = d.pop("offerId")

        contents = Rewards.from_dict(d.pop("contents"))




        status = IapPurchaseStatus(d.pop("status"))




        fulfilled_at = datetime.datetime.fromisoformat(d.pop("fulfilledAt"))




        entry_id = d.pop("entryId")

        def _parse_refunded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                refunded_at_type_0 = datetime.datetime.fromisoformat(data)



                return refunded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        refunded_at = _parse_refunded_at(d.pop("refundedAt"))


        def _parse_refund_entry_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        refund_entry_id = _parse_refund_entry_id(d.pop("refundEntryId"))


        iap_purchase = cls(
            store=store,
            transaction_id=transaction_id,
            environment=environment,
            account_id=account_id,
            product_id=product_id,
            offer_id=offer_id,
            contents=contents,
            status=status,
            fulfilled_at=fulfilled_at,
            entry_id=entry_id,
            refunded_at=refunded_at,
            refund_entry_id=refund_entry_id,
        )

        return iap_purchase

