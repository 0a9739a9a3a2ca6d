from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="MatchConnection")



@_attrs_define
class MatchConnection:
    """ Where the game server waits for the players.

        Attributes:
            host (str):
            port (int):
            ticket (str | Unset):
     """

    host: str
    port: int
    ticket: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        host = self.host

        port = self.port

        ticket = self.ticket


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "host": host,
            "port": port,
        })
        if ticket is not UNSET:
            field_dict["ticket"] = ticket

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        host = d.pop("host")

        port = d.pop("port")

        ticket = d.pop("ticket", UNSET)

        match_connection = cls(
            host=host,
            port=port,
            ticket=ticket,
        )

        return match_connection

