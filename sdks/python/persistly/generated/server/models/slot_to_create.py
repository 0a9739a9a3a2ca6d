from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.slot_info import SlotInfo





T = TypeVar("T", bound="SlotToCreate")



@_attrs_define
class SlotToCreate:
    """ A slot to create.

        Attributes:
            slot_id (str): A slot name chosen by the game: 1 to 64 characters, letters, digits, `_`, `-` and `.`, starting
                with a letter or digit.
            data (Any): The save payload: any JSON value (object, array, string, number, boolean or null), so the schema
                names no `type` (the spelling of "any value" every generator understands). Its size is the UTF-8 byte length of
                its canonical encoding (RFC 8785); the cap is `syncPolicy.maxDataBytes`. Objects may nest at most 64 levels
                deep.
            slot_info (SlotInfo | Unset): Small metadata shown in slot lists without loading `data` (level, label, playtime
                …). Capped at `syncPolicy.maxSlotInfoBytes` of canonical JSON.
     """

    slot_id: str
    data: Any
    slot_info: SlotInfo | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.slot_info import SlotInfo # noqa: PLC0415
        slot_id = self.slot_id

        data = self.data

        slot_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.slot_info, Unset):
            slot_info = self.slot_info.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "slotId": slot_id,
            "data": data,
        })
        if slot_info is not UNSET:
            field_dict["slotInfo"] = slot_info

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.slot_info import SlotInfo # noqa: PLC0415
        d = dict(src_dict)
        slot_id = d.pop("slotId")

        data = d.pop("data")

        _slot_info = d.pop("slotInfo", UNSET)
        slot_info: SlotInfo | Unset
        if isinstance(_slot_info,  Unset):
            slot_info = UNSET
        else:
            slot_info = SlotInfo.from_dict(_slot_info)




        slot_to_create = cls(
            slot_id=slot_id,
            data=data,
            slot_info=slot_info,
        )

        return slot_to_create

