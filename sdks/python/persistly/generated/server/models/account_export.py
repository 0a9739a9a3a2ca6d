from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.account_detail import AccountDetail
  from ..models.session_info import SessionInfo
  from ..models.slot_history import SlotHistory





T = TypeVar("T", bound="AccountExport")



@_attrs_define
class AccountExport:
    """ Everything Persistly holds for one player, for data portability.

        Attributes:
            exported_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
            account (AccountDetail): An account in full: its fields and every slot with its data, ordered by `slotId`.
                `publicId` and `displayName` are always sent (optional in the schema only so that the addition is compatible for
                clients generated from 1.2).
            history (list[SlotHistory]): Each slot's versions kept for restore, with data.
            sessions (list[SessionInfo]):
     """

    exported_at: datetime.datetime
    account: AccountDetail
    history: list[SlotHistory]
    sessions: list[SessionInfo]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.account_detail import AccountDetail # noqa: PLC0415
        from ..models.session_info import SessionInfo # noqa: PLC0415
        from ..models.slot_history import SlotHistory # noqa: PLC0415
        exported_at = self.exported_at.isoformat()

        account = self.account.to_dict()

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)



        sessions = []
        for sessions_item_data in self.sessions:
            sessions_item = sessions_item_data.to_dict()
            sessions.append(sessions_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "exportedAt": exported_at,
            "account": account,
            "history": history,
            "sessions": sessions,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_detail import AccountDetail # noqa: PLC0415
        from ..models.session_info import SessionInfo # noqa: PLC0415
        from ..models.slot_history import SlotHistory # noqa: PLC0415
        d = dict(src_dict)
        exported_at = datetime.datetime.fromisoformat(d.pop("exportedAt"))




        account = AccountDetail.from_dict(d.pop("account"))




        history = []
        _history = d.pop("history")
        for history_item_data in (_history):
            history_item = SlotHistory.from_dict(history_item_data)



            history.append(history_item)


        sessions = []
        _sessions = d.pop("sessions")
        for sessions_item_data in (_sessions):
            sessions_item = SessionInfo.from_dict(sessions_item_data)



            sessions.append(sessions_item)


        account_export = cls(
            exported_at=exported_at,
            account=account,
            history=history,
            sessions=sessions,
        )


        account_export.additional_properties = d
        return account_export

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
