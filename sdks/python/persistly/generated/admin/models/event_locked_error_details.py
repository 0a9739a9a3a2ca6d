from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.event_locked_error_details_status import EventLockedErrorDetailsStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="EventLockedErrorDetails")



@_attrs_define
class EventLockedErrorDetails:
    """ The event, its status, and what could not change.

        Attributes:
            event_id (str): An event's id, chosen by the studio: lower-case letters, digits, `-` and `_`, at most 58
                characters. Its board is the leaderboard `event-{eventId}`.
            status (EventLockedErrorDetailsStatus):
            fields (list[str] | Unset):
     """

    event_id: str
    status: EventLockedErrorDetailsStatus
    fields: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        status = self.status.value

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "eventId": event_id,
            "status": status,
        })
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("eventId")

        status = EventLockedErrorDetailsStatus(d.pop("status"))




        fields = cast(list[str], d.pop("fields", UNSET))


        event_locked_error_details = cls(
            event_id=event_id,
            status=status,
            fields=fields,
        )


        event_locked_error_details.additional_properties = d
        return event_locked_error_details

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
