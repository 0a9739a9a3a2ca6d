from enum import StrEnum

class UsagePlan(StrEnum):
    ENTERPRISE = "enterprise"
    FREE = "free"
    INDIE = "indie"
    STUDIO = "studio"

    def __str__(self) -> str:
        return str(self.value)
