from enum import StrEnum

class LeaderboardOperator(StrEnum):
    BEST = "best"
    INCREMENT = "increment"
    LATEST = "latest"

    def __str__(self) -> str:
        return str(self.value)
