from enum import StrEnum

class EventLockedErrorBodyCode(StrEnum):
    EVENT_LOCKED = "event_locked"

    def __str__(self) -> str:
        return str(self.value)
