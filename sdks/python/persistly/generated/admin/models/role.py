from enum import StrEnum

class Role(StrEnum):
    ADMIN = "admin"
    OWNER = "owner"
    SUPPORT = "support"
    VIEWER = "viewer"

    def __str__(self) -> str:
        return str(self.value)
