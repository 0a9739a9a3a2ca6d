from enum import StrEnum

class GrantNotClaimableErrorDetailsStatus(StrEnum):
    EXPIRED = "expired"
    REVOKED = "revoked"

    def __str__(self) -> str:
        return str(self.value)
