from enum import StrEnum

class LeaderboardExistsErrorBodyCode(StrEnum):
    LEADERBOARD_EXISTS = "leaderboard_exists"

    def __str__(self) -> str:
        return str(self.value)
