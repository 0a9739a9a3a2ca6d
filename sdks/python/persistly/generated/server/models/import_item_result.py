from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.import_item_result_status import ImportItemResultStatus
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.import_item_result_error import ImportItemResultError





T = TypeVar("T", bound="ImportItemResult")



@_attrs_define
class ImportItemResult:
    """ 
        Attributes:
            index (int): The item's position in `accounts`.
            status (ImportItemResultStatus):
            source_id (str | Unset):
            account_id (str | Unset): An account id: `acc_` and 26 lowercase base32 characters (128 random bits).
            error (ImportItemResultError | Unset): Why the item failed; nothing of it was written.
     """

    index: int
    status: ImportItemResultStatus
    source_id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    error: ImportItemResultError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.import_item_result_error import ImportItemResultError # noqa: PLC0415
        index = self.index

        status = self.status.value

        source_id = self.source_id

        account_id = self.account_id

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "index": index,
            "status": status,
        })
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_item_result_error import ImportItemResultError # noqa: PLC0415
        d = dict(src_dict)
        index = d.pop("index")

        status = ImportItemResultStatus(d.pop("status"))




        source_id = d.pop("sourceId", UNSET)

        account_id = d.pop("accountId", UNSET)

        _error = d.pop("error", UNSET)
        error: ImportItemResultError | Unset
        if isinstance(_error,  Unset):
            error = UNSET
        else:
            error = ImportItemResultError.from_dict(_error)




        import_item_result = cls(
            index=index,
            status=status,
            source_id=source_id,
            account_id=account_id,
            error=error,
        )


        import_item_result.additional_properties = d
        return import_item_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
