from enum import StrEnum

class IdempotencyConflictErrorBodyCode(StrEnum):
    IDEMPOTENCY_CONFLICT = "idempotency_conflict"

    def __str__(self) -> str:
        return str(self.value)
