from enum import StrEnum

class AuditActorKind(StrEnum):
    CLI = "cli"
    MEMBER = "member"
    SERVER_KEY = "server_key"

    def __str__(self) -> str:
        return str(self.value)
