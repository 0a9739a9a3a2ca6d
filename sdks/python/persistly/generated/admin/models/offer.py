from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.offer_purchasable import OfferPurchasable
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.currency_amounts import CurrencyAmounts
  from ..models.offer_contents import OfferContents





T = TypeVar("T", bound="Offer")



@_attrs_define
class Offer:
    """ Something to buy: `price` in currencies (zero allowed) for `contents`; `purchasable` says whether the game client
    buys it with currency (`client`) or the studio's backend fulfils it after an in-app purchase of `sku` (`iap`).

        Attributes:
            offer_id (str): A currency, item or offer id: 1–64 of `a-z 0-9 _ . -`, starting with a letter or digit.
            price (CurrencyAmounts): Amounts by currency id.
            contents (OfferContents): What an offer gives.
            purchasable (OfferPurchasable):
            sku (str | Unset): The store's product id, for `iap` offers.
     """

    offer_id: str
    price: CurrencyAmounts
    contents: OfferContents
    purchasable: OfferPurchasable
    sku: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.currency_amounts import CurrencyAmounts # noqa: PLC0415
        from ..models.offer_contents import OfferContents # noqa: PLC0415
        offer_id = self.offer_id

        price = self.price.to_dict()

        contents = self.contents.to_dict()

        purchasable = self.purchasable.value

        sku = self.sku


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "offerId": offer_id,
            "price": price,
            "contents": contents,
            "purchasable": purchasable,
        })
        if sku is not UNSET:
            field_dict["sku"] = sku

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency_amounts import CurrencyAmounts # noqa: PLC0415
        from ..models.offer_contents import OfferContents # noqa: PLC0415
        d = dict(src_dict)
        offer_id = d.pop("offerId")

        price = CurrencyAmounts.from_dict(d.pop("price"))




        contents = OfferContents.from_dict(d.pop("contents"))




        purchasable = OfferPurchasable(d.pop("purchasable"))




        sku = d.pop("sku", UNSET)

        offer = cls(
            offer_id=offer_id,
            price=price,
            contents=contents,
            purchasable=purchasable,
            sku=sku,
        )

        return offer

