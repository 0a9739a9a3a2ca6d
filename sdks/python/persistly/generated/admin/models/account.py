from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.slot_summary import SlotSummary





T = TypeVar("T", bound="Account")



@_attrs_define
class Account:
    """ The canonical account state: its fields and a summary of each slot, ordered by `slotId`. `publicId` and
    `displayName` are always sent (optional in the schema only so that the addition is compatible for clients generated
    from 1.2).

        Attributes:
            account_id (str): An account id: `acc_` and 26 lowercase base32 characters (128 random bits).
            player_ref (None | str):
            created_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
            updated_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
            slots (list[SlotSummary]):
            public_id (str | Unset): A player's public handle: random and stable, the only way other players see an account
                (with `displayName`). It tells nothing about the account id or the playerRef.
            display_name (None | str | Unset):
     """

    account_id: str
    player_ref: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    slots: list[SlotSummary]
    public_id: str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.slot_summary import SlotSummary # noqa: PLC0415
        account_id = self.account_id

        player_ref: None | str
        player_ref = self.player_ref

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        slots = []
        for slots_item_data in self.slots:
            slots_item = slots_item_data.to_dict()
            slots.append(slots_item)



        public_id = self.public_id

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "accountId": account_id,
            "playerRef": player_ref,
            "createdAt": created_at,
            "updatedAt": updated_at,
            "slots": slots,
        })
        if public_id is not UNSET:
            field_dict["publicId"] = public_id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.slot_summary import SlotSummary # noqa: PLC0415
        d = dict(src_dict)
        account_id = d.pop("accountId")

        def _parse_player_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        player_ref = _parse_player_ref(d.pop("playerRef"))


        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))




        slots = []
        _slots = d.pop("slots")
        for slots_item_data in (_slots):
            slots_item = SlotSummary.from_dict(slots_item_data)



            slots.append(slots_item)


        public_id = d.pop("publicId", UNSET)

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))


        account = cls(
            account_id=account_id,
            player_ref=player_ref,
            created_at=created_at,
            updated_at=updated_at,
            slots=slots,
            public_id=public_id,
            display_name=display_name,
        )


        account.additional_properties = d
        return account

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
