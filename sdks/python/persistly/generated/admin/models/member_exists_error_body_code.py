from enum import StrEnum

class MemberExistsErrorBodyCode(StrEnum):
    MEMBER_EXISTS = "member_exists"

    def __str__(self) -> str:
        return str(self.value)
