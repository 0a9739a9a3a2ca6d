from enum import StrEnum

class StorageLimitExceededErrorBodyCode(StrEnum):
    STORAGE_LIMIT_EXCEEDED = "storage_limit_exceeded"

    def __str__(self) -> str:
        return str(self.value)
