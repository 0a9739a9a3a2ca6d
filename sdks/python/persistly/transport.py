"""The HTTP behaviour every Persistly SDK keeps, as httpx transports (sync and async):

- every request says which SDK sent it (`X-Persistly-SDK`);
- every change carries an idempotency key, made once and kept across its retries, so a retried
  purchase is still one purchase (unless the caller put one in the body or the header);
- 429 and 503 are retried after `Retry-After`, and network failures with a backoff, only for requests
  that are safe to repeat: reads, and changes that carry a key.
"""
from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import Callable, Awaitable

import httpx

from ._version import SDK_HEADER

RETRIED_STATUSES = frozenset({429, 503})
CHANGES = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def _prepare(request: httpx.Request) -> None:
    request.headers["X-Persistly-SDK"] = SDK_HEADER
    if request.method not in CHANGES or "idempotency-key" in request.headers:
        return
    try:
        body = json.loads(request.content) if request.content else None
    except ValueError:
        body = None
    if not (isinstance(body, dict) and "idempotencyKey" in body):
        request.headers["Idempotency-Key"] = str(uuid.uuid4())


def _wait(attempt: int, response: httpx.Response | None, max_wait: float) -> float:
    """Seconds before the next attempt: Retry-After when the server gave one, else 0.25 s doubling."""
    given = response.headers.get("retry-after") if response is not None else None
    try:
        seconds = float(given) if given is not None else 0.25 * 2**attempt
    except ValueError:
        seconds = 0.25 * 2**attempt
    return min(max(seconds, 0.0), max_wait)


class RetryTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport | None = None, *, max_retries: int = 3, max_wait: float = 30.0,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self._inner = inner or httpx.HTTPTransport()
        self._max_retries, self._max_wait, self._sleep = max_retries, max_wait, sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _prepare(request)
        for attempt in range(self._max_retries):
            try:
                response = self._inner.handle_request(request)
            except httpx.TransportError:
                self._sleep(_wait(attempt, None, self._max_wait))
                continue
            if response.status_code not in RETRIED_STATUSES:
                return response
            response.read()
            response.close()
            self._sleep(_wait(attempt, response, self._max_wait))
        return self._inner.handle_request(request)  # the last attempt: its answer or error is the caller's

    def close(self) -> None:
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport | None = None, *, max_retries: int = 3, max_wait: float = 30.0,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self._inner = inner or httpx.AsyncHTTPTransport()
        self._max_retries, self._max_wait, self._sleep = max_retries, max_wait, sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        _prepare(request)
        for attempt in range(self._max_retries):
            try:
                response = await self._inner.handle_async_request(request)
            except httpx.TransportError:
                await self._sleep(_wait(attempt, None, self._max_wait))
                continue
            if response.status_code not in RETRIED_STATUSES:
                return response
            await response.aread()
            await response.aclose()
            await self._sleep(_wait(attempt, response, self._max_wait))
        return await self._inner.handle_async_request(request)  # the last attempt: its answer or error is the caller's

    async def aclose(self) -> None:
        await self._inner.aclose()
