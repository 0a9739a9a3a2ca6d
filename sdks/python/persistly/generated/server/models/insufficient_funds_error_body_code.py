from enum import StrEnum

class InsufficientFundsErrorBodyCode(StrEnum):
    INSUFFICIENT_FUNDS = "insufficient_funds"

    def __str__(self) -> str:
        return str(self.value)
