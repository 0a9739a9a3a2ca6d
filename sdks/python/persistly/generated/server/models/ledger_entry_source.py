from enum import StrEnum

class LedgerEntrySource(StrEnum):
    CONSUME = "consume"
    EVENT_ENTRY = "event_entry"
    GRANT = "grant"
    IAP = "iap"
    IAP_REFUND = "iap_refund"
    INITIAL = "initial"
    PURCHASE = "purchase"
    SERVER = "server"

    def __str__(self) -> str:
        return str(self.value)
