"""The studio backend's client: the server key on every call, and the transport's retries,
idempotency keys and SDK header. Every operation of /server/v1 is a generated function taking it:

    from persistly import ServerClient, unwrap
    from persistly.generated.server.api.accounts import get_account_detail
    from persistly.generated.server.models import AccountDetail

    with ServerClient("https://api.example", "pst_sk_…") as persistly:
        account = unwrap(get_account_detail.sync_detailed(client=persistly.client, account_id=…), AccountDetail)
"""
from __future__ import annotations

from types import TracebackType

import httpx

from .generated.server.client import AuthenticatedClient
from .transport import AsyncRetryTransport, RetryTransport


class ServerClient:
    def __init__(self, base_url: str, server_key: str, *, max_retries: int = 3, timeout: float = 10.0,
                 transport: httpx.BaseTransport | None = None, async_transport: httpx.AsyncBaseTransport | None = None) -> None:
        """`transport` and `async_transport` replace the network below the retries (tests, proxies)."""
        self.client = AuthenticatedClient(base_url=base_url, token=server_key, timeout=httpx.Timeout(timeout), raise_on_unexpected_status=False)
        headers = {"Authorization": f"Bearer {server_key}"}
        self.client.set_httpx_client(httpx.Client(base_url=base_url, headers=headers, timeout=timeout,
                                                  transport=RetryTransport(transport, max_retries=max_retries)))
        self.client.set_async_httpx_client(httpx.AsyncClient(base_url=base_url, headers=headers, timeout=timeout,
                                                             transport=AsyncRetryTransport(async_transport, max_retries=max_retries)))

    def close(self) -> None:
        self.client.get_httpx_client().close()

    async def aclose(self) -> None:
        await self.client.get_async_httpx_client().aclose()

    def __enter__(self) -> ServerClient:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.close()

    async def __aenter__(self) -> ServerClient:
        return self

    async def __aexit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        await self.aclose()
