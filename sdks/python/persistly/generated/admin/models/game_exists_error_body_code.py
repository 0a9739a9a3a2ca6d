from enum import StrEnum

class GameExistsErrorBodyCode(StrEnum):
    GAME_EXISTS = "game_exists"

    def __str__(self) -> str:
        return str(self.value)
