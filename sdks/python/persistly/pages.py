"""Keyset pages as one iterator: each listing answers a page and, while there is more, the cursor of
the next (`nextCursor`)."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

Page = TypeVar("Page")


def pages(fetch: Callable[[str | None], Page], next_cursor: Callable[[Page], object]) -> Iterator[Page]:
    """Calls `fetch(None)`, then `fetch(cursor)` with each page's next cursor, until a page has none.

        for page in pages(lambda cursor: unwrap(list_audit_log.sync_detailed(client=admin.client, studio_id=s,
                                                                              cursor=cursor or UNSET), AuditPage),
                          lambda page: page.next_cursor):
            ...
    """
    cursor: str | None = None
    while True:
        page = fetch(cursor)
        yield page
        following = next_cursor(page)
        if not isinstance(following, str) or not following:
            return
        cursor = following
