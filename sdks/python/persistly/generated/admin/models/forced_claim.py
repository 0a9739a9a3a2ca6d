from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.grant import Grant
  from ..models.ledger_entry import LedgerEntry





T = TypeVar("T", bound="ForcedClaim")



@_attrs_define
class ForcedClaim:
    """ The grant, the ledger entry of its claim (`shortfall` holds what the caps kept out), and whether this call applied
    it (false: it was claimed already, nothing changed).

        Attributes:
            grant (Grant): Rewards issued to an account and claimed by the player. `status`: pending → claimed | expired |
                revoked (a pending grant past `expiresAt` is expired). A pending grant with a `lastError` is stuck: its last
                claim could not apply, and an operator can force-claim it.
            entry (LedgerEntry | None):
            applied (bool):
     """

    grant: Grant
    entry: LedgerEntry | None
    applied: bool





    def to_dict(self) -> dict[str, Any]:
        from ..models.grant import Grant # noqa: PLC0415
        from ..models.ledger_entry import LedgerEntry # noqa: PLC0415
        grant = self.grant.to_dict()

        entry: dict[str, Any] | None
        if isinstance(self.entry, LedgerEntry):
            entry = self.entry.to_dict()
        else:
            entry = self.entry

        applied = self.applied


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "grant": grant,
            "entry": entry,
            "applied": applied,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.grant import Grant # noqa: PLC0415
        from ..models.ledger_entry import LedgerEntry # noqa: PLC0415
        d = dict(src_dict)
        grant = Grant.from_dict(d.pop("grant"))




        def _parse_entry(data: object) -> LedgerEntry | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                entry_type_1 = LedgerEntry.from_dict(data)



                return entry_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LedgerEntry | None, data)

        entry = _parse_entry(d.pop("entry"))


        applied = d.pop("applied")

        forced_claim = cls(
            grant=grant,
            entry=entry,
            applied=applied,
        )

        return forced_claim

