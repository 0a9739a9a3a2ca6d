from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.slot_version_info import SlotVersionInfo





T = TypeVar("T", bound="SlotHistory")



@_attrs_define
class SlotHistory:
    """ The versions of a slot kept for restore, newest first: the current one always, older ones inside the plan's restore
    window.

        Attributes:
            account_id (str): An account id: `acc_` and 26 lowercase base32 characters (128 random bits).
            slot_id (str): A slot name chosen by the game: 1 to 64 characters, letters, digits, `_`, `-` and `.`, starting
                with a letter or digit.
            current_version (int): Server-assigned; 1 when the slot is created, one more for each accepted write.
            restore_window_hours (int):
            versions (list[SlotVersionInfo]):
     """

    account_id: str
    slot_id: str
    current_version: int
    restore_window_hours: int
    versions: list[SlotVersionInfo]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.slot_version_info import SlotVersionInfo # noqa: PLC0415
        account_id = self.account_id

        slot_id = self.slot_id

        current_version = self.current_version

        restore_window_hours = self.restore_window_hours

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "accountId": account_id,
            "slotId": slot_id,
            "currentVersion": current_version,
            "restoreWindowHours": restore_window_hours,
            "versions": versions,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.slot_version_info import SlotVersionInfo # noqa: PLC0415
        d = dict(src_dict)
        account_id = d.pop("accountId")

        slot_id = d.pop("slotId")

        current_version = d.pop("currentVersion")

        restore_window_hours = d.pop("restoreWindowHours")

        versions = []
        _versions = d.pop("versions")
        for versions_item_data in (_versions):
            versions_item = SlotVersionInfo.from_dict(versions_item_data)



            versions.append(versions_item)


        slot_history = cls(
            account_id=account_id,
            slot_id=slot_id,
            current_version=current_version,
            restore_window_hours=restore_window_hours,
            versions=versions,
        )


        slot_history.additional_properties = d
        return slot_history

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
