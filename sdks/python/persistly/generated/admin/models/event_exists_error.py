from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.event_exists_error_body import EventExistsErrorBody





T = TypeVar("T", bound="EventExistsError")



@_attrs_define
class EventExistsError:
    """ `event_exists`: the game already has an event with this id.

        Attributes:
            error (EventExistsErrorBody): The `error` object of a response whose code is `event_exists`.
     """

    error: EventExistsErrorBody
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.event_exists_error_body import EventExistsErrorBody # noqa: PLC0415
        error = self.error.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "error": error,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_exists_error_body import EventExistsErrorBody # noqa: PLC0415
        d = dict(src_dict)
        error = EventExistsErrorBody.from_dict(d.pop("error"))




        event_exists_error = cls(
            error=error,
        )


        event_exists_error.additional_properties = d
        return event_exists_error

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
