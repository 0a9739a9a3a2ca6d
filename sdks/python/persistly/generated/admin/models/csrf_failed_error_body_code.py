from enum import StrEnum

class CsrfFailedErrorBodyCode(StrEnum):
    CSRF_FAILED = "csrf_failed"

    def __str__(self) -> str:
        return str(self.value)
