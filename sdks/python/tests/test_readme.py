"""The README's quick start, run as written against a live server (its URL and key swapped in)."""
from __future__ import annotations

import re
from pathlib import Path

import httpx

from conftest import LiveServer


def test_the_quick_start_runs(live: LiveServer) -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text()
    blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
    assert len(blocks) == 1
    made = httpx.post(f"{live.url}/sdk/v1/accounts", json={"playerRef": "player-8841"}, headers={"Authorization": f"Bearer {live.runtime_key}"})
    assert made.status_code == 201
    code = blocks[0].replace("http://localhost:8080", live.url).replace("pst_sk_…", live.server_key)
    exec(compile(code, "README.md", "exec"), {})
    detail = httpx.get(f"{live.url}/server/v1/accounts/{made.json()['accountId']}/overview", headers={"Authorization": f"Bearer {live.server_key}"}).json()
    assert [(b["currencyId"], b["balance"]) for b in detail["wallet"]["balances"]] == [("gold", 100)]
