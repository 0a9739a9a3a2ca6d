from enum import StrEnum

class EventLockedErrorDetailsStatus(StrEnum):
    ACTIVE = "active"
    CANCELLED = "cancelled"
    ENDED = "ended"
    UPCOMING = "upcoming"

    def __str__(self) -> str:
        return str(self.value)
