from enum import StrEnum

class ExternalRefConflictErrorBodyCode(StrEnum):
    EXTERNAL_REF_CONFLICT = "external_ref_conflict"

    def __str__(self) -> str:
        return str(self.value)
