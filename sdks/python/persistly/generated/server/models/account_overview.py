from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.event_attempt_summary import EventAttemptSummary
  from ..models.grant import Grant
  from ..models.iap_purchase import IapPurchase
  from ..models.inventory import Inventory
  from ..models.ledger_entry import LedgerEntry
  from ..models.lobby_presence_type_0 import LobbyPresenceType0
  from ..models.slot_summary import SlotSummary
  from ..models.wallet import Wallet





T = TypeVar("T", bound="AccountOverview")



@_attrs_define
class AccountOverview:
    """ Everything about an account for support, in one read: slots (summaries), wallet and its 20 newest ledger entries,
    inventory, the 50 newest grants, the 50 newest in-app purchases, the 50 newest event attempts, and the lobby it is
    in.

        Attributes:
            account_id (str): An account id: `acc_` and 26 lowercase base32 characters (128 random bits).
            player_ref (None | str):
            created_at (datetime.datetime): An RFC 3339 UTC timestamp with milliseconds.
            slots (list[SlotSummary]):
            wallet (Wallet): An account's balances. An untouched wallet holds each currency's `initial` at version 0; every
                change set adds one ledger entry and raises `version` by one (two for the very first, whose opening balances get
                an entry of their own).
            recent_ledger (list[LedgerEntry]):
            inventory (Inventory): An account's item stacks (only those held), ordered by `itemId`, and the economy's
                version (the same as the wallet's).
            grants (list[Grant]):
            iap_purchases (list[IapPurchase]):
            event_attempts (list[EventAttemptSummary]): The account's 50 newest event attempts.
            lobby (LobbyPresenceType0 | None): The lobby the account is in, or null.
     """

    account_id: str
    player_ref: None | str
    created_at: datetime.datetime
    slots: list[SlotSummary]
    wallet: Wallet
    recent_ledger: list[LedgerEntry]
    inventory: Inventory
    grants: list[Grant]
    iap_purchases: list[IapPurchase]
    event_attempts: list[EventAttemptSummary]
    lobby: LobbyPresenceType0 | None





    def to_dict(self) -> dict[str, Any]:
        from ..models.event_attempt_summary import EventAttemptSummary # noqa: PLC0415
        from ..models.grant import Grant # noqa: PLC0415
        from ..models.iap_purchase import IapPurchase # noqa: PLC0415
        from ..models.inventory import Inventory # noqa: PLC0415
        from ..models.ledger_entry import LedgerEntry # noqa: PLC0415
        from ..models.lobby_presence_type_0 import LobbyPresenceType0 # noqa: PLC0415
        from ..models.slot_summary import SlotSummary # noqa: PLC0415
        from ..models.wallet import Wallet # noqa: PLC0415
        account_id = self.account_id

        player_ref: None | str
        player_ref = self.player_ref

        created_at = self.created_at.isoformat()

        slots = []
        for slots_item_data in self.slots:
            slots_item = slots_item_data.to_dict()
            slots.append(slots_item)



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


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "accountId": account_id,
            "playerRef": player_ref,
            "createdAt": created_at,
            "slots": slots,
            "wallet": wallet,
            "recentLedger": recent_ledger,
            "inventory": inventory,
            "grants": grants,
            "iapPurchases": iap_purchases,
            "eventAttempts": event_attempts,
            "lobby": lobby,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_attempt_summary import EventAttemptSummary # noqa: PLC0415
        from ..models.grant import Grant # noqa: PLC0415
        from ..models.iap_purchase import IapPurchase # noqa: PLC0415
        from ..models.inventory import Inventory # noqa: PLC0415
        from ..models.ledger_entry import LedgerEntry # noqa: PLC0415
        from ..models.lobby_presence_type_0 import LobbyPresenceType0 # noqa: PLC0415
        from ..models.slot_summary import SlotSummary # noqa: PLC0415
        from ..models.wallet import Wallet # noqa: PLC0415
        d = dict(src_dict)
        account_id = d.pop("accountId")

        def _parse_player_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        player_ref = _parse_player_ref(d.pop("playerRef"))


        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        slots = []
        _slots = d.pop("slots")
        for slots_item_data in (_slots):
            slots_item = SlotSummary.from_dict(slots_item_data)



            slots.append(slots_item)


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


        account_overview = cls(
            account_id=account_id,
            player_ref=player_ref,
            created_at=created_at,
            slots=slots,
            wallet=wallet,
            recent_ledger=recent_ledger,
            inventory=inventory,
            grants=grants,
            iap_purchases=iap_purchases,
            event_attempts=event_attempts,
            lobby=lobby,
        )

        return account_overview

