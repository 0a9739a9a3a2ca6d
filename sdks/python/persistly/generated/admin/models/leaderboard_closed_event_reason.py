from enum import StrEnum

class LeaderboardClosedEventReason(StrEnum):
    BOARD_DELETED = "board_deleted"
    EVENT_CANCELLED = "event_cancelled"
    EVENT_FINALISED = "event_finalised"
    PERIOD_RESET = "period_reset"
    SERVER_SHUTDOWN = "server_shutdown"

    def __str__(self) -> str:
        return str(self.value)
