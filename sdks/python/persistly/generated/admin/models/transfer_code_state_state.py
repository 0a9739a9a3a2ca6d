from enum import StrEnum

class TransferCodeStateState(StrEnum):
    CONSUMED = "consumed"
    EXPIRED = "expired"
    LIVE = "live"
    REVOKED = "revoked"

    def __str__(self) -> str:
        return str(self.value)
