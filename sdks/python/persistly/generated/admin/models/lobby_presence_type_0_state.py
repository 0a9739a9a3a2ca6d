from enum import StrEnum

class LobbyPresenceType0State(StrEnum):
    CLOSED = "closed"
    FORMING = "forming"
    IN_GAME = "in_game"
    LOCKED = "locked"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
