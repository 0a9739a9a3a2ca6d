from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.inventory_operations_request_operations_item import InventoryOperationsRequestOperationsItem





T = TypeVar("T", bound="InventoryOperationsRequest")



@_attrs_define
class InventoryOperationsRequest:
    """ Adds and removes, applied as one net change per item: every one of them, or none.

        Attributes:
            operations (list[InventoryOperationsRequestOperationsItem]):
            reason (str): Why, for the ledger and the audit log.
            external_ref (str | Unset): Your own reference, kept as the entry's `ref`.
            idempotency_key (str | Unset): A key for this request, chosen by the client: at least 16 characters from `A–Z
                a–z 0–9 _ -` — a UUID, or 16 random bytes in hex (what the official SDKs send). Make it random: the key is what
                tells one device's retry from another device's first request, and on operations that need only the runtime key
                (which ships in every build of the game) another device that sends the same key and body would be given the
                first device's answer. A retry with the same key and the same body gets the stored response with `Idempotent-
                Replay: true` and no second effect; the same key with a different body is 409 `idempotency_conflict`. Keys are
                scoped to the environment, the API key and the account (the session's account, or the `accountId` in the path),
                and kept 24 hours. A weaker key is refused with 400 `invalid_request`.
     """

    operations: list[InventoryOperationsRequestOperationsItem]
    reason: str
    external_ref: str | Unset = UNSET
    idempotency_key: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.inventory_operations_request_operations_item import InventoryOperationsRequestOperationsItem # noqa: PLC0415
        operations = []
        for operations_item_data in self.operations:
            operations_item = operations_item_data.to_dict()
            operations.append(operations_item)



        reason = self.reason

        external_ref = self.external_ref

        idempotency_key = self.idempotency_key


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "operations": operations,
            "reason": reason,
        })
        if external_ref is not UNSET:
            field_dict["externalRef"] = external_ref
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inventory_operations_request_operations_item import InventoryOperationsRequestOperationsItem # noqa: PLC0415
        d = dict(src_dict)
        operations = []
        _operations = d.pop("operations")
        for operations_item_data in (_operations):
            operations_item = InventoryOperationsRequestOperationsItem.from_dict(operations_item_data)



            operations.append(operations_item)


        reason = d.pop("reason")

        external_ref = d.pop("externalRef", UNSET)

        idempotency_key = d.pop("idempotencyKey", UNSET)

        inventory_operations_request = cls(
            operations=operations,
            reason=reason,
            external_ref=external_ref,
            idempotency_key=idempotency_key,
        )

        return inventory_operations_request

