from enum import StrEnum

class StreamLeaderboardForGameResponse200Event(StrEnum):
    CLOSED = "closed"
    READY = "ready"
    SCORE_UPDATE = "score_update"

    def __str__(self) -> str:
        return str(self.value)
