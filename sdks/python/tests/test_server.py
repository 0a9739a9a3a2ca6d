"""The studio backend's scenario against a live server: typed answers, typed errors, the SDK header,
and retries that keep one idempotency key."""
from __future__ import annotations

import json
import uuid
from pathlib import Path

import httpx
import pytest

from persistly import ADMIN_API_VERSION, API_VERSION, SDK_HEADER, PersistlyError, ServerClient, unwrap
from persistly.generated.server.api.accounts import find_accounts, get_account_detail
from persistly.generated.server.api.economy import create_wallet_transaction, get_account_overview
from persistly.generated.server.models import AccountDetail, AccountOverview, AccountPage, WalletTransactionRequest, WalletTransaction

from conftest import ROOT, LiveServer


def new_account(live: LiveServer, player_ref: str) -> str:
    made = httpx.post(f"{live.url}/sdk/v1/accounts", json={"playerRef": player_ref}, headers={"Authorization": f"Bearer {live.runtime_key}"})
    assert made.status_code == 201, made.text
    return str(made.json()["accountId"])


class Recorder(httpx.BaseTransport):
    """The network under the retries: records each attempt; the first `fail` attempts answer 503."""

    def __init__(self, fail: int = 0) -> None:
        self.inner, self.fail, self.seen = httpx.HTTPTransport(), fail, list[httpx.Request]()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        if len(self.seen) <= self.fail:
            return httpx.Response(503, headers={"Retry-After": "0"}, json={"error": {"code": "unavailable", "message": "busy", "details": {}}})
        return self.inner.handle_request(request)


def test_says_which_api_versions_it_was_generated_from() -> None:
    def version(surface: str) -> str:
        return str(json.loads((ROOT / "spec" / f"openapi.{surface}.json").read_text())["info"]["version"])

    assert (version("server"), version("admin")) == (API_VERSION, ADMIN_API_VERSION)


def test_finds_and_reads_an_account_typed(live: LiveServer) -> None:
    ref = f"py-{uuid.uuid4().hex[:8]}"
    account_id = new_account(live, ref)
    with ServerClient(live.url, live.server_key) as persistly:
        page = unwrap(find_accounts.sync_detailed(client=persistly.client, player_ref=ref), AccountPage)
        assert [a.account_id for a in page.accounts] == [account_id]
        detail = unwrap(get_account_detail.sync_detailed(client=persistly.client, account_id=account_id), AccountDetail)
        assert detail.account_id == account_id and detail.player_ref == ref


def test_raises_a_refusal_with_its_code_and_details(live: LiveServer) -> None:
    missing = "acc_" + "a" * 26
    with ServerClient(live.url, live.server_key) as persistly, pytest.raises(PersistlyError) as refused:
        unwrap(get_account_detail.sync_detailed(client=persistly.client, account_id=missing), AccountDetail)
    assert (refused.value.status, refused.value.code, refused.value.details) == (404, "not_found", {"accountId": missing})
    assert refused.value.request_id and refused.value.request_id.startswith("req_")


def test_retries_a_change_after_503_with_the_same_idempotency_key_and_applies_it_once(live: LiveServer) -> None:
    account_id = new_account(live, f"py-{uuid.uuid4().hex[:8]}")
    network = Recorder(fail=2)
    with ServerClient(live.url, live.server_key, transport=network) as persistly:
        body = WalletTransactionRequest.from_dict({"changes": {"gold": 5}, "reason": "python sdk test"})
        unwrap(create_wallet_transaction.sync_detailed(client=persistly.client, account_id=account_id, body=body), WalletTransaction)
        keys = {r.headers["Idempotency-Key"] for r in network.seen}
        assert len(network.seen) == 3 and len(keys) == 1
        assert all(r.headers["X-Persistly-SDK"] == SDK_HEADER for r in network.seen)
        overview = unwrap(get_account_overview.sync_detailed(client=persistly.client, account_id=account_id), AccountOverview)
        assert [(b.currency_id, b.balance) for b in overview.wallet.balances] == [("gold", 5)]


def test_gives_up_after_its_retries_and_returns_the_last_answer(live: LiveServer) -> None:
    network = Recorder(fail=10)
    with ServerClient(live.url, live.server_key, transport=network, max_retries=2) as persistly, pytest.raises(PersistlyError) as refused:
        unwrap(find_accounts.sync_detailed(client=persistly.client, player_ref="nobody"), AccountPage)
    assert (len(network.seen), refused.value.status, refused.value.code) == (3, 503, "unavailable")


async def _async_read(live: LiveServer, account_id: str) -> AccountDetail:
    async with ServerClient(live.url, live.server_key) as persistly:
        return unwrap(await get_account_detail.asyncio_detailed(client=persistly.client, account_id=account_id), AccountDetail)


def test_async_calls_share_the_behaviour(live: LiveServer) -> None:
    import asyncio

    account_id = new_account(live, f"py-{uuid.uuid4().hex[:8]}")
    assert asyncio.run(_async_read(live, account_id)).account_id == account_id


def test_the_package_says_it_is_typed() -> None:
    assert (Path(__file__).parents[1] / "persistly" / "py.typed").exists()
