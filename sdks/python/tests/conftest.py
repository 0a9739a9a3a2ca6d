"""A live Persistly server for the SDK's tests: the repository's built bundle on a fresh database, set
up by its CLI (`init` gives the keys), on a free port of 127.0.0.1."""
from __future__ import annotations

import json
import os
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@dataclass
class LiveServer:
    url: str
    runtime_key: str
    server_key: str
    owner_email: str
    owner_password: str


@pytest.fixture(scope="session")
def live() -> Iterator[LiveServer]:
    subprocess.run(["node", "scripts/build-server.mjs"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    env = {**os.environ, "PERSISTLY_DB": str(Path(tempfile.mkdtemp(prefix="persistly-py-")) / "sdk.db")}
    keys = json.loads(subprocess.run(["node", "build/persistly.mjs", "init", "--json"], cwd=ROOT, env=env, check=True, capture_output=True, text=True).stdout)
    def cli(*args: str) -> None:
        subprocess.run(["node", "build/persistly.mjs", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)

    cli("plan", "set", "enterprise")
    catalog = Path(tempfile.mkdtemp(prefix="persistly-py-")) / "catalog.json"
    catalog.write_text(json.dumps({"currencies": [{"currencyId": "gold", "initial": 0, "max": 1_000_000}], "items": [], "offers": []}))
    cli("catalog", "publish", "--env", "development", str(catalog))
    owner, password = "owner@studio.example", f"python-sdk-{uuid.uuid4()}"
    subprocess.run(["node", "build/persistly.mjs", "members", "create", "--studio", "default", "--email", owner, "--role", "owner", "--password-stdin"],
                   cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL, input=password + "\n", text=True)
    server = subprocess.Popen(["node", "build/main.mjs"], cwd=ROOT, env={**env, "PORT": "0", "HOST": "127.0.0.1", "NODE_ENV": "development"},
                              stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    port = None
    for line in server.stdout:
        if line.startswith("{") and "port" in (entry := json.loads(line)):
            port = entry["port"]
            break
    assert port, "the server did not say which port it listens on"
    try:
        yield LiveServer(f"http://127.0.0.1:{port}", keys["runtimeKey"], keys["serverKey"], owner, password)
    finally:
        server.terminate()
        server.wait(timeout=10)
