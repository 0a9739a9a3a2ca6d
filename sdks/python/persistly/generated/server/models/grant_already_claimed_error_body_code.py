from enum import StrEnum

class GrantAlreadyClaimedErrorBodyCode(StrEnum):
    GRANT_ALREADY_CLAIMED = "grant_already_claimed"

    def __str__(self) -> str:
        return str(self.value)
