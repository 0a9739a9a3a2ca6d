from enum import StrEnum

class ItemMaxCountExceededErrorBodyCode(StrEnum):
    ITEM_MAX_COUNT_EXCEEDED = "item_max_count_exceeded"

    def __str__(self) -> str:
        return str(self.value)
