from enum import StrEnum

class SdkUsageSurface(StrEnum):
    SDK = "sdk"
    SERVER = "server"

    def __str__(self) -> str:
        return str(self.value)
