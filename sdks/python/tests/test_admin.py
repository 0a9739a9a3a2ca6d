"""An operator's scenario against a live server: sign in, typed reads, keyset pages, sign out."""
from __future__ import annotations

import pytest

from persistly import AdminClient, PersistlyError, pages, unwrap
from persistly.generated.admin.api.audit import list_audit_log
from persistly.generated.admin.api.games import list_games
from persistly.generated.admin.models import AuditPage, GameList
from persistly.generated.admin.types import UNSET

from conftest import LiveServer


def test_signs_in_reads_pages_and_signs_out(live: LiveServer) -> None:
    with AdminClient(live.url) as admin:
        session = admin.sign_in(live.owner_email, live.owner_password)
        studio = session.studios[0].studio_id
        games = unwrap(list_games.sync_detailed(studio, client=admin.client), GameList)
        assert [g.name for g in games.games] == ["development"]

        def fetch(cursor: str | None) -> AuditPage:
            return unwrap(list_audit_log.sync_detailed(studio, client=admin.client, cursor=cursor or UNSET, limit=1), AuditPage)

        walked = [page.entries for page in pages(fetch, lambda page: page.next_cursor)]
        assert len(walked) >= 3 and all(len(entries) <= 1 for entries in walked)
        actions = [entry.action for entries in walked for entry in entries]
        assert "catalog publish" in actions and "members create" in actions

        admin.sign_out()
        with pytest.raises(PersistlyError) as refused:
            unwrap(list_games.sync_detailed(studio, client=admin.client), GameList)
        assert (refused.value.status, refused.value.code) == (401, "unauthorized")


def test_a_wrong_password_is_a_typed_refusal(live: LiveServer) -> None:
    with AdminClient(live.url) as admin, pytest.raises(PersistlyError) as refused:
        admin.sign_in(live.owner_email, "not-the-password")
    assert refused.value.status == 401
