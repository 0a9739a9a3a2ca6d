from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.currency import Currency
  from ..models.item import Item
  from ..models.offer import Offer





T = TypeVar("T", bound="Catalog")



@_attrs_define
class Catalog:
    """ An environment's currencies, items and offers. Every id an offer names must be in the same catalog.

        Attributes:
            currencies (list[Currency]):
            items (list[Item]):
            offers (list[Offer]):
     """

    currencies: list[Currency]
    items: list[Item]
    offers: list[Offer]





    def to_dict(self) -> dict[str, Any]:
        from ..models.currency import Currency # noqa: PLC0415
        from ..models.item import Item # noqa: PLC0415
        from ..models.offer import Offer # noqa: PLC0415
        currencies = []
        for currencies_item_data in self.currencies:
            currencies_item = currencies_item_data.to_dict()
            currencies.append(currencies_item)



        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        offers = []
        for offers_item_data in self.offers:
            offers_item = offers_item_data.to_dict()
            offers.append(offers_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "currencies": currencies,
            "items": items,
            "offers": offers,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency # noqa: PLC0415
        from ..models.item import Item # noqa: PLC0415
        from ..models.offer import Offer # noqa: PLC0415
        d = dict(src_dict)
        currencies = []
        _currencies = d.pop("currencies")
        for currencies_item_data in (_currencies):
            currencies_item = Currency.from_dict(currencies_item_data)



            currencies.append(currencies_item)


        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = Item.from_dict(items_item_data)



            items.append(items_item)


        offers = []
        _offers = d.pop("offers")
        for offers_item_data in (_offers):
            offers_item = Offer.from_dict(offers_item_data)



            offers.append(offers_item)


        catalog = cls(
            currencies=currencies,
            items=items,
            offers=offers,
        )

        return catalog

