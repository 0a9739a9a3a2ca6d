from enum import StrEnum

class AdminHealthStatus(StrEnum):
    OK = "ok"

    def __str__(self) -> str:
        return str(self.value)
