from enum import StrEnum

class MatchConflictErrorBodyCode(StrEnum):
    MATCH_CONFLICT = "match_conflict"

    def __str__(self) -> str:
        return str(self.value)
