from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.currency_amounts import CurrencyAmounts
  from ..models.item_counts import ItemCounts





T = TypeVar("T", bound="RewardTierRewards")



@_attrs_define
class RewardTierRewards:
    """ Currencies and items of the active catalog.

        Attributes:
            currencies (CurrencyAmounts | Unset): Amounts by currency id.
            items (ItemCounts | Unset): Counts by item id.
     """

    currencies: CurrencyAmounts | Unset = UNSET
    items: ItemCounts | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.currency_amounts import CurrencyAmounts # noqa: PLC0415
        from ..models.item_counts import ItemCounts # noqa: PLC0415
        currencies: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currencies, Unset):
            currencies = self.currencies.to_dict()

        items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if currencies is not UNSET:
            field_dict["currencies"] = currencies
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency_amounts import CurrencyAmounts # noqa: PLC0415
        from ..models.item_counts import ItemCounts # noqa: PLC0415
        d = dict(src_dict)
        _currencies = d.pop("currencies", UNSET)
        currencies: CurrencyAmounts | Unset
        if isinstance(_currencies,  Unset):
            currencies = UNSET
        else:
            currencies = CurrencyAmounts.from_dict(_currencies)




        _items = d.pop("items", UNSET)
        items: ItemCounts | Unset
        if isinstance(_items,  Unset):
            items = UNSET
        else:
            items = ItemCounts.from_dict(_items)




        reward_tier_rewards = cls(
            currencies=currencies,
            items=items,
        )

        return reward_tier_rewards

