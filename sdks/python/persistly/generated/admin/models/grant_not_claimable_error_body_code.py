from enum import StrEnum

class GrantNotClaimableErrorBodyCode(StrEnum):
    GRANT_NOT_CLAIMABLE = "grant_not_claimable"

    def __str__(self) -> str:
        return str(self.value)
