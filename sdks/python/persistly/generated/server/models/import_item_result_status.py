from enum import StrEnum

class ImportItemResultStatus(StrEnum):
    CREATED = "created"
    EXISTS = "exists"
    FAILED = "failed"

    def __str__(self) -> str:
        return str(self.value)
