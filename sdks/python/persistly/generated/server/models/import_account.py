from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.slot_to_create import SlotToCreate





T = TypeVar("T", bound="ImportAccount")



@_attrs_define
class ImportAccount:
    """ One account from another save system.

        Attributes:
            source_id (str | Unset): The account's id in the source system. Importing the same `sourceId` again answers
                `exists` with the account made the first time, so a batch can be re-sent safely.
            player_ref (str | Unset): The studio's own reference for the player (its user id). Only the server surface can
                look accounts up by it.
            slots (list[SlotToCreate] | Unset):
     """

    source_id: str | Unset = UNSET
    player_ref: str | Unset = UNSET
    slots: list[SlotToCreate] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.slot_to_create import SlotToCreate # noqa: PLC0415
        source_id = self.source_id

        player_ref = self.player_ref

        slots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.slots, Unset):
            slots = []
            for slots_item_data in self.slots:
                slots_item = slots_item_data.to_dict()
                slots.append(slots_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if player_ref is not UNSET:
            field_dict["playerRef"] = player_ref
        if slots is not UNSET:
            field_dict["slots"] = slots

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.slot_to_create import SlotToCreate # noqa: PLC0415
        d = dict(src_dict)
        source_id = d.pop("sourceId", UNSET)

        player_ref = d.pop("playerRef", UNSET)

        _slots = d.pop("slots", UNSET)
        slots: list[SlotToCreate] | Unset = UNSET
        if _slots is not UNSET:
            slots = []
            for slots_item_data in _slots:
                slots_item = SlotToCreate.from_dict(slots_item_data)



                slots.append(slots_item)


        import_account = cls(
            source_id=source_id,
            player_ref=player_ref,
            slots=slots,
        )

        return import_account

