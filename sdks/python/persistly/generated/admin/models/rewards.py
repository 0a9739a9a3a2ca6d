from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.currency_amounts import CurrencyAmounts
  from ..models.item_counts import ItemCounts





T = TypeVar("T", bound="Rewards")



@_attrs_define
class Rewards:
    """ Currencies and items, each by id.

        Attributes:
            currencies (CurrencyAmounts): Amounts by currency id.
            items (ItemCounts): Counts by item id.
     """

    currencies: CurrencyAmounts
    items: ItemCounts





    def to_dict(self) -> dict[str, Any]:
        from ..models.currency_amounts import CurrencyAmounts # noqa: PLC0415
        from ..models.item_counts import ItemCounts # noqa: PLC0415
        currencies = self.currencies.to_dict()

        items = self.items.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "currencies": currencies,
            "items": items,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency_amounts import CurrencyAmounts # noqa: PLC0415
        from ..models.item_counts import ItemCounts # noqa: PLC0415
        d = dict(src_dict)
        currencies = CurrencyAmounts.from_dict(d.pop("currencies"))




        items = ItemCounts.from_dict(d.pop("items"))




        rewards = cls(
            currencies=currencies,
            items=items,
        )

        return rewards

