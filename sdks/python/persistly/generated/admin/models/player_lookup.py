from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.audit_entry import AuditEntry
  from ..models.player_account import PlayerAccount





T = TypeVar("T", bound="PlayerLookup")



@_attrs_define
class PlayerLookup:
    """ Everything about one player of a game: each account with this `playerRef`, and the audit entries about those
    accounts.

        Attributes:
            external_id (str): The studio's own reference for the player (its user id). Only the server surface can look
                accounts up by it.
            accounts (list[PlayerAccount]):
            audit_entries (list[AuditEntry]): The newest 50 entries about the player's accounts.
     """

    external_id: str
    accounts: list[PlayerAccount]
    audit_entries: list[AuditEntry]





    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_entry import AuditEntry # noqa: PLC0415
        from ..models.player_account import PlayerAccount # noqa: PLC0415
        external_id = self.external_id

        accounts = []
        for accounts_item_data in self.accounts:
            accounts_item = accounts_item_data.to_dict()
            accounts.append(accounts_item)



        audit_entries = []
        for audit_entries_item_data in self.audit_entries:
            audit_entries_item = audit_entries_item_data.to_dict()
            audit_entries.append(audit_entries_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "externalId": external_id,
            "accounts": accounts,
            "auditEntries": audit_entries,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_entry import AuditEntry # noqa: PLC0415
        from ..models.player_account import PlayerAccount # noqa: PLC0415
        d = dict(src_dict)
        external_id = d.pop("externalId")

        accounts = []
        _accounts = d.pop("accounts")
        for accounts_item_data in (_accounts):
            accounts_item = PlayerAccount.from_dict(accounts_item_data)



            accounts.append(accounts_item)


        audit_entries = []
        _audit_entries = d.pop("auditEntries")
        for audit_entries_item_data in (_audit_entries):
            audit_entries_item = AuditEntry.from_dict(audit_entries_item_data)



            audit_entries.append(audit_entries_item)


        player_lookup = cls(
            external_id=external_id,
            accounts=accounts,
            audit_entries=audit_entries,
        )

        return player_lookup

