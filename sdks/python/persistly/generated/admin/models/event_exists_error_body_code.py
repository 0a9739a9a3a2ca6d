from enum import StrEnum

class EventExistsErrorBodyCode(StrEnum):
    EVENT_EXISTS = "event_exists"

    def __str__(self) -> str:
        return str(self.value)
