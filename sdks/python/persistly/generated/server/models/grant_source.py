from enum import StrEnum

class GrantSource(StrEnum):
    ADMIN = "admin"
    EVENT = "event"
    SERVER = "server"

    def __str__(self) -> str:
        return str(self.value)
