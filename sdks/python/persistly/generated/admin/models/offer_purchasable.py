from enum import StrEnum

class OfferPurchasable(StrEnum):
    CLIENT = "client"
    IAP = "iap"

    def __str__(self) -> str:
        return str(self.value)
