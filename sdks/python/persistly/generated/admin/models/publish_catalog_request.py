from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.catalog import Catalog





T = TypeVar("T", bound="PublishCatalogRequest")



@_attrs_define
class PublishCatalogRequest:
    """ The catalog to publish.

        Attributes:
            catalog (Catalog): An environment's currencies, items and offers. Every id an offer names must be in the same
                catalog.
            idempotency_key (str | Unset): A key for this request, chosen by the client: at least 16 characters from `A–Z
                a–z 0–9 _ -` — a UUID, or 16 random bytes in hex (what the official SDKs send). Make it random: the key is what
                tells one device's retry from another device's first request, and on operations that need only the runtime key
                (which ships in every build of the game) another device that sends the same key and body would be given the
                first device's answer. A retry with the same key and the same body gets the stored response with `Idempotent-
                Replay: true` and no second effect; the same key with a different body is 409 `idempotency_conflict`. Keys are
                scoped to the environment, the API key and the account (the session's account, or the `accountId` in the path),
                and kept 24 hours. A weaker key is refused with 400 `invalid_request`.
     """

    catalog: Catalog
    idempotency_key: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.catalog import Catalog # noqa: PLC0415
        catalog = self.catalog.to_dict()

        idempotency_key = self.idempotency_key


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "catalog": catalog,
        })
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.catalog import Catalog # noqa: PLC0415
        d = dict(src_dict)
        catalog = Catalog.from_dict(d.pop("catalog"))




        idempotency_key = d.pop("idempotencyKey", UNSET)

        publish_catalog_request = cls(
            catalog=catalog,
            idempotency_key=idempotency_key,
        )

        return publish_catalog_request

