from enum import StrEnum

class InsufficientQuantityErrorBodyCode(StrEnum):
    INSUFFICIENT_QUANTITY = "insufficient_quantity"

    def __str__(self) -> str:
        return str(self.value)
