from enum import StrEnum

class RefundIapPurchaseStore(StrEnum):
    APPLE = "apple"
    GOOGLE = "google"
    OTHER = "other"
    STEAM = "steam"

    def __str__(self) -> str:
        return str(self.value)
