from enum import StrEnum

class GrantStatus(StrEnum):
    CLAIMED = "claimed"
    EXPIRED = "expired"
    PENDING = "pending"
    REVOKED = "revoked"

    def __str__(self) -> str:
        return str(self.value)
