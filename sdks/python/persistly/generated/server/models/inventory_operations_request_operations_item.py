from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.inventory_operations_request_operations_item_op import InventoryOperationsRequestOperationsItemOp






T = TypeVar("T", bound="InventoryOperationsRequestOperationsItem")



@_attrs_define
class InventoryOperationsRequestOperationsItem:
    """ 
        Attributes:
            op (InventoryOperationsRequestOperationsItemOp):
            item_id (str): A currency, item or offer id: 1–64 of `a-z 0-9 _ . -`, starting with a letter or digit.
            quantity (int):
     """

    op: InventoryOperationsRequestOperationsItemOp
    item_id: str
    quantity: int





    def to_dict(self) -> dict[str, Any]:
        op = self.op.value

        item_id = self.item_id

        quantity = self.quantity


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "op": op,
            "itemId": item_id,
            "quantity": quantity,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        op = InventoryOperationsRequestOperationsItemOp(d.pop("op"))




        item_id = d.pop("itemId")

        quantity = d.pop("quantity")

        inventory_operations_request_operations_item = cls(
            op=op,
            item_id=item_id,
            quantity=quantity,
        )

        return inventory_operations_request_operations_item

