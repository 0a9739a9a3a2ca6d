from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.slot_info import SlotInfo





T = TypeVar("T", bound="SlotSummary")



@_attrs_define
class SlotSummary:
    """ A slot without its `data`.

        Attributes:
            slot_id (str): A slot name chosen by the game: 1 to 64 characters, letters, digits, `_`, `-` and `.`, starting
                with a letter or digit.
            version (int): Server-assigned; 1 when the slot is created, one more for each accepted write.
            slot_info (SlotInfo): Small metadata shown in slot lists without loading `data` (level, label, playtime …).
                Capped at `syncPolicy.maxSlotInfoBytes` of canonical JSON.
            checksum (str): SHA-256 of the canonical (RFC 8785) UTF-8 encoding of `data`, lowercase hex.
            data_bytes (int):
            slot_info_bytes (int):
            created_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
            updated_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
     """

    slot_id: str
    version: int
    slot_info: SlotInfo
    checksum: str
    data_bytes: int
    slot_info_bytes: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.slot_info import SlotInfo # noqa: PLC0415
        slot_id = self.slot_id

        version = self.version

        slot_info = self.slot_info.to_dict()

        checksum = self.checksum

        data_bytes = self.data_bytes

        slot_info_bytes = self.slot_info_bytes

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "slotId": slot_id,
            "version": version,
            "slotInfo": slot_info,
            "checksum": checksum,
            "dataBytes": data_bytes,
            "slotInfoBytes": slot_info_bytes,
            "createdAt": created_at,
            "updatedAt": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.slot_info import SlotInfo # noqa: PLC0415
        d = dict(src_dict)
        slot_id = d.pop("slotId")

        version = d.pop("version")

        slot_info = SlotInfo.from_dict(d.pop("slotInfo"))




        checksum = d.pop("checksum")

        data_bytes = d.pop("dataBytes")

        slot_info_bytes = d.pop("slotInfoBytes")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))




        slot_summary = cls(
            slot_id=slot_id,
            version=version,
            slot_info=slot_info,
            checksum=checksum,
            data_bytes=data_bytes,
            slot_info_bytes=slot_info_bytes,
            created_at=created_at,
            updated_at=updated_at,
        )


        slot_summary.additional_properties = d
        return slot_summary

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
