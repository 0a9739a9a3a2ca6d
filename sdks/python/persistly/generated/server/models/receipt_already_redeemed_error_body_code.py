from enum import StrEnum

class ReceiptAlreadyRedeemedErrorBodyCode(StrEnum):
    RECEIPT_ALREADY_REDEEMED = "receipt_already_redeemed"

    def __str__(self) -> str:
        return str(self.value)
