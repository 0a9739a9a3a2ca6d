from enum import StrEnum

class CreateLeaderboardRequestOperator(StrEnum):
    BEST = "best"
    INCREMENT = "increment"
    LATEST = "latest"

    def __str__(self) -> str:
        return str(self.value)
