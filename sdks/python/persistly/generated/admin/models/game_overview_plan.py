from enum import StrEnum

class GameOverviewPlan(StrEnum):
    ENTERPRISE = "enterprise"
    FREE = "free"
    INDIE = "indie"
    STUDIO = "studio"

    def __str__(self) -> str:
        return str(self.value)
