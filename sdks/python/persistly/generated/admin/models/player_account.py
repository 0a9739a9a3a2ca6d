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
  from ..models.account import Account
  from ..models.event_attempt_summary import EventAttemptSummary
  from ..models.grant import Grant
  from ..models.iap_purchase import IapPurchase
  from ..models.inventory import Inventory
  from ..models.ledger_entry import LedgerEntry
  from ..models.lobby_presence_type_0 import LobbyPresenceType0
  from ..models.session_info import SessionInfo
  from ..models.transfer_code_state import TransferCodeState
  from ..models.wallet import Wallet





T = TypeVar("T", bound="PlayerAccount")



@_attrs_define
class PlayerAccount:
    """ One account of the player: its slots (summaries), sessions (no secrets), transfer codes (state only), wallet and
    newest ledger entries, inventory, newest grants, in-app purchases and event attempts, the lobby it is in, (a pending
    one with a `lastError` is stuck: force-claim it).

        Attributes:
            account (Account): The canonical account state: its fields and a summary of each slot, ordered by `slotId`.
                `publicId` and `displayName` are always sent (optional in the schema only so that the addition is compatible for
                clients generated from 1.2).
            sessions (list[SessionInfo]):
            transfer_codes (list[TransferCodeState]):
            wallet (Wallet): An account's balances. An untouched wallet holds each currency's `initial` at version 0; every
                change set adds one ledger entry and raises `version` by one (two for the very first, whose opening balances get
                an entry of their own).
            recent_ledger (list[LedgerEntry]): The wallet's 20 newest ledger entries.
            inventory (Inventory): An account's item stacks (only those held), ordered by `itemId`, and the economy's
                version (the same as the wallet's).
            grants (list[Grant]): The account's 50 newest grants.
            iap_purchases (list[IapPurchase]): The account's 50 newest in-app purchases.
            event_attempts (list[EventAttemptSummary]): The account's 50 newest event attempts.
            lobby (LobbyPresenceType0 | None): The lobby the account is in, or null.
            erased_at (datetime.datetime | None | Unset): Set when the account was erased; its slots and sessions are gone.
     """

    account: Account
    sessions: list[SessionInfo]
    transfer_codes: list[TransferCodeState]
    wallet: Wallet
    recent_ledger: list[LedgerEntry]
    inventory: Inventory
    grants: list[Grant]
    iap_purchases: list[IapPurchase]
    event_attempts: list[EventAttemptSummary]
    lobby: LobbyPresenceType0 | None
    erased_at: datetime.datetime | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.account import Account # noqa: PLC0415
        from ..models.event_attempt_summary import EventAttemptSummary # noqa: PLC0415
        from ..models.grant import Grant # noqa: PLC0415
        from ..models.iap_purchase import IapPurchase # noqa: PLC0415
        from ..models.inventory import Inventory # noqa: PLC0415
        from ..models.ledger_entry import LedgerEntry # noqa: PLC0415
        from ..models.lobby_presence_type_0 import LobbyPresenceType0 # noqa: PLC0415
        from ..models.session_info import SessionInfo # noqa: PLC0415
        from ..models.transfer_code_state import TransferCodeState # noqa: PLC0415
        from ..models.wallet import Wallet # noqa: PLC0415
        account = self.account.to_dict()

        sessions = []
        for sessions_item_data in self.sessions:
            sessions_item = sessions_item_data.to_dict()
            sessions.append(sessions_item)



        transfer_codes = []
        for transfer_codes_item_data in self.transfer_codes:
            transfer_codes_item = transfer_codes_item_data.to_dict()
            transfer_codes.append(transfer_codes_item)



        wallet = self.wallet.to_dict()

        recent_ledger = []
        for recent_ledger_item_data in self.recent_ledger:
            recent_ledger_item = recent_ledger_item_data.to_dict()
            recent_ledger.append(recent_ledger_item)



        inventory = self.inventory.to_dict()

        grants = []
        for grants_item_data in self.grants:
            grants_item = grants_item_data.to_dict()
            grants.append(grants_item)



        iap_purchases = []
        for iap_purchases_item_data in self.iap_purchases:
            iap_purchases_item = iap_purchases_item_data.to_dict()
            iap_purchases.append(iap_purchases_item)



        event_attempts = []
        for event_attempts_item_data in self.event_attempts:
            event_attempts_item = event_attempts_item_data.to_dict()
            event_attempts.append(event_attempts_item)



        lobby: dict[str, Any] | None
        if isinstance(self.lobby, LobbyPresenceType0):
            lobby = self.lobby.to_dict()
        else:
            lobby = self.lobby

        erased_at: None | str | Unset
        if isinstance(self.erased_at, Unset):
            erased_at = UNSET
        elif isinstance(self.erased_at, datetime.datetime):
            erased_at = self.erased_at.isoformat()
        else:
            erased_at = self.erased_at


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "account": account,
            "sessions": sessions,
            "transferCodes": transfer_codes,
            "wallet": wallet,
            "recentLedger": recent_ledger,
            "inventory": inventory,
            "grants": grants,
            "iapPurchases": iap_purchases,
            "eventAttempts": event_attempts,
            "lobby": lobby,
        })
        if erased_at is not UNSET:
            field_dict["erasedAt"] = erased_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account import Account # noqa: PLC0415
        from ..models.event_attempt_summary import EventAttemptSummary # noqa: PLC0415
        from ..models.grant import Grant # noqa: PLC0415
        from ..models.iap_purchase import IapPurchase # noqa: PLC0415
        from ..models.inventory import Inventory # noqa: PLC0415
        from ..models.ledger_entry import LedgerEntry # noqa: PLC0415
        from ..models.lobby_presence_type_0 import LobbyPresenceType0 # noqa: PLC0415
        from ..models.session_info import SessionInfo # noqa: PLC0415
        from ..models.transfer_code_state import TransferCodeState # noqa: PLC0415
        from ..models.wallet import Wallet # noqa: PLC0415
        d = dict(src_dict)
        account = Account.from_dict(d.pop("account"))




        sessions = []
        _sessions = d.pop("sessions")
        for sessions_item_data in (_sessions):
            sessions_item = SessionInfo.from_dict(sessions_item_data)



            sessions.append(sessions_item)


        transfer_codes = []
        _transfer_codes = d.pop("transferCodes")
        for transfer_codes_item_data in (_transfer_codes):
            transfer_codes_item = TransferCodeState.from_dict(transfer_codes_item_data)



            transfer_codes.append(transfer_codes_item)


        wallet = Wallet.from_dict(d.pop("wallet"))




        recent_ledger = []
        _recent_ledger = d.pop("recentLedger")
        for recent_ledger_item_data in (_recent_ledger):
            recent_ledger_item = LedgerEntry.from_dict(recent_ledger_item_data)



            recent_ledger.append(recent_ledger_item)


        inventory = Inventory.from_dict(d.pop("inventory"))




        grants = []
        _grants = d.pop("grants")
        for grants_item_data in (_grants):
            grants_item = Grant.from_dict(grants_item_data)



            grants.append(grants_item)


        iap_purchases = []
        _iap_purchases = d.pop("iapPurchases")
        for iap_purchases_item_data in (_iap_purchases):
            iap_purchases_item = IapPurchase.from_dict(iap_purchases_item_data)



            iap_purchases.append(iap_purchases_item)


        event_attempts = []
        _event_attempts = d.pop("eventAttempts")
        for event_attempts_item_data in (_event_attempts):
            event_attempts_item = EventAttemptSummary.from_dict(event_attempts_item_data)



            event_attempts.append(event_attempts_item)


        def _parse_lobby(data: object) -> LobbyPresenceType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_lobby_presence_type_0 = LobbyPresenceType0.from_dict(data)



                return componentsschemas_lobby_presence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LobbyPresenceType0 | None, data)

        lobby = _parse_lobby(d.pop("lobby"))


        def _parse_erased_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                erased_at_type_0 = datetime.datetime.fromisoformat(data)



                return erased_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        erased_at = _parse_erased_at(d.pop("erasedAt", UNSET))


        player_account = cls(
            account=account,
            sessions=sessions,
            transfer_codes=transfer_codes,
            wallet=wallet,
            recent_ledger=recent_ledger,
            inventory=inventory,
            grants=grants,
            iap_purchases=iap_purchases,
            event_attempts=event_attempts,
            lobby=lobby,
            erased_at=erased_at,
        )

        return player_account

