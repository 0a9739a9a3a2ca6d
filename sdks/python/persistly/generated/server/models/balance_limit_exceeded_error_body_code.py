from enum import StrEnum

class BalanceLimitExceededErrorBodyCode(StrEnum):
    BALANCE_LIMIT_EXCEEDED = "balance_limit_exceeded"

    def __str__(self) -> str:
        return str(self.value)
