from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.grant import Grant





T = TypeVar("T", bound="IssuedGrant")



@_attrs_define
class IssuedGrant:
    """ The grant, and whether its `externalRef` had issued it before (then nothing new was issued).

        Attributes:
            grant (Grant): Rewards issued to an account and claimed by the player. `status`: pending → claimed | expired |
                revoked (a pending grant past `expiresAt` is expired). A pending grant with a `lastError` is stuck: its last
                claim could not apply, and an operator can force-claim it.
            seen_before (bool):
     """

    grant: Grant
    seen_before: bool





    def to_dict(self) -> dict[str, Any]:
        from ..models.grant import Grant # noqa: PLC0415
        grant = self.grant.to_dict()

        seen_before = self.seen_before


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "grant": grant,
            "seenBefore": seen_before,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.grant import Grant # noqa: PLC0415
        d = dict(src_dict)
        grant = Grant.from_dict(d.pop("grant"))




        seen_before = d.pop("seenBefore")

        issued_grant = cls(
            grant=grant,
            seen_before=seen_before,
        )

        return issued_grant

