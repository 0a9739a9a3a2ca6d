from enum import StrEnum

class ServiceUnavailableErrorBodyCode(StrEnum):
    UNAVAILABLE = "unavailable"

    def __str__(self) -> str:
        return str(self.value)
