"""Typed errors: every non-2xx answer is the error envelope; `unwrap` raises it as PersistlyError."""
from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class Answer(Protocol):
    """What a generated `*_detailed` call returns, on either surface."""

    @property
    def status_code(self) -> HTTPStatus: ...
    @property
    def content(self) -> bytes: ...
    @property
    def parsed(self) -> Any: ...


class PersistlyError(Exception):
    """A refusal: match on `code` (never on `message`); `details` says what to fix."""

    def __init__(self, status: int, code: str, message: str, details: dict[str, Any], request_id: str | None) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.request_id = request_id


def unwrap(response: Answer, success: type[T]) -> T:
    """The answer's body as `success` when the call succeeded; otherwise raises PersistlyError."""
    status = int(response.status_code)
    if 200 <= status < 300 and isinstance(response.parsed, success):
        return response.parsed
    try:
        error = json.loads(response.content)["error"]
    except (ValueError, KeyError, TypeError):
        raise PersistlyError(status, "unexpected_response", response.content[:200].decode("utf-8", "replace"), {}, None) from None
    raise PersistlyError(status, str(error.get("code")), str(error.get("message")), dict(error.get("details") or {}), error.get("requestId"))
