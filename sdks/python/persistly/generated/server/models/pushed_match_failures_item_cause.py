from enum import StrEnum

class PushedMatchFailuresItemCause(StrEnum):
    ERASED = "erased"
    NOT_FOUND = "not_found"

    def __str__(self) -> str:
        return str(self.value)
