from enum import StrEnum

class RefundIapRequestEnvironment(StrEnum):
    PRODUCTION = "production"
    SANDBOX = "sandbox"

    def __str__(self) -> str:
        return str(self.value)
