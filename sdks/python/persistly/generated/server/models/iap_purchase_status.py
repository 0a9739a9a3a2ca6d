from enum import StrEnum

class IapPurchaseStatus(StrEnum):
    FULFILLED = "fulfilled"
    REFUNDED = "refunded"

    def __str__(self) -> str:
        return str(self.value)
