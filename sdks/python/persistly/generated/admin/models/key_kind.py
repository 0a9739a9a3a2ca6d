from enum import StrEnum

class KeyKind(StrEnum):
    RUNTIME = "runtime"
    SERVER = "server"

    def __str__(self) -> str:
        return str(self.value)
