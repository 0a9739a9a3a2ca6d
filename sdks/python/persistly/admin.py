"""An operator's client for /admin/v1: signs in with email and password, then sends the member
session (the `persistly_admin` cookie) and its CSRF token on every call, over the same transport as
ServerClient. The operations are the generated functions under `persistly.generated.admin.api`:

    with AdminClient("https://api.example") as admin:
        session = admin.sign_in("ops@studio.example", password)
        studio = session.studios[0].studio_id
        games = unwrap(list_games.sync_detailed(client=admin.client, studio_id=studio), GameList)
"""
from __future__ import annotations

import re
from types import TracebackType

import httpx

from .errors import PersistlyError, unwrap
from .generated.admin.api.session import sign_in, sign_out
from .generated.admin.client import Client
from .generated.admin.models import AdminSession, SignInRequest
from .transport import AsyncRetryTransport, RetryTransport

COOKIE = re.compile(r"persistly_admin=([^;]+)")


class AdminClient:
    def __init__(self, base_url: str, *, max_retries: int = 3, timeout: float = 10.0,
                 transport: httpx.BaseTransport | None = None, async_transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.client = Client(base_url=base_url, timeout=httpx.Timeout(timeout), raise_on_unexpected_status=False)
        self._sync = httpx.Client(base_url=base_url, timeout=timeout, transport=RetryTransport(transport, max_retries=max_retries))
        self._async = httpx.AsyncClient(base_url=base_url, timeout=timeout, transport=AsyncRetryTransport(async_transport, max_retries=max_retries))
        self.client.set_httpx_client(self._sync)
        self.client.set_async_httpx_client(self._async)

    def sign_in(self, email: str, password: str) -> AdminSession:
        """Starts a session; every later call carries it. Raises PersistlyError when refused."""
        answer = sign_in.sync_detailed(client=self.client, body=SignInRequest(email=email, password=password))
        session = unwrap(answer, AdminSession)
        cookie = COOKIE.search(answer.headers.get("set-cookie", ""))
        if cookie is None:
            raise PersistlyError(int(answer.status_code), "unexpected_response", "signIn answered without its session cookie", {}, None)
        # The cookie is Secure and Path=/admin: a cookie jar would not send it to a plain-http server in
        # development, so it travels as a header, with the CSRF token every change needs.
        for client in (self._sync, self._async):
            client.headers["Cookie"] = f"persistly_admin={cookie.group(1)}"
            client.headers["X-Persistly-CSRF"] = session.csrf_token
        return session

    def sign_out(self) -> None:
        """Ends the session at once, on the server too."""
        if "Cookie" in self._sync.headers:
            sign_out.sync_detailed(client=self.client)
        for client in (self._sync, self._async):
            client.headers.pop("Cookie", None)
            client.headers.pop("X-Persistly-CSRF", None)

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()

    def __enter__(self) -> AdminClient:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.close()
