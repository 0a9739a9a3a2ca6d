from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.pushed_match_failures_item import PushedMatchFailuresItem





T = TypeVar("T", bound="PushedMatch")



@_attrs_define
class PushedMatch:
    """ Who was assigned, and who could not be (`not_found`: no such account; `erased`).

        Attributes:
            match_id (str):
            assigned (list[str]):
            failures (list[PushedMatchFailuresItem]):
            seen_before (bool): The same push again: answered as the first time, nothing assigned twice.
     """

    match_id: str
    assigned: list[str]
    failures: list[PushedMatchFailuresItem]
    seen_before: bool





    def to_dict(self) -> dict[str, Any]:
        from ..models.pushed_match_failures_item import PushedMatchFailuresItem # noqa: PLC0415
        match_id = self.match_id

        assigned = self.assigned



        failures = []
        for failures_item_data in self.failures:
            failures_item = failures_item_data.to_dict()
            failures.append(failures_item)



        seen_before = self.seen_before


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "matchId": match_id,
            "assigned": assigned,
            "failures": failures,
            "seenBefore": seen_before,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pushed_match_failures_item import PushedMatchFailuresItem # noqa: PLC0415
        d = dict(src_dict)
        match_id = d.pop("matchId")

        assigned = cast(list[str], d.pop("assigned"))


        failures = []
        _failures = d.pop("failures")
        for failures_item_data in (_failures):
            failures_item = PushedMatchFailuresItem.from_dict(failures_item_data)



            failures.append(failures_item)


        seen_before = d.pop("seenBefore")

        pushed_match = cls(
            match_id=match_id,
            assigned=assigned,
            failures=failures,
            seen_before=seen_before,
        )

        return pushed_match

