from enum import StrEnum

class GoneErrorBodyCode(StrEnum):
    GONE = "gone"

    def __str__(self) -> str:
        return str(self.value)
