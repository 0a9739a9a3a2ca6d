from enum import StrEnum

class RoleForbiddenErrorBodyCode(StrEnum):
    FORBIDDEN = "forbidden"

    def __str__(self) -> str:
        return str(self.value)
