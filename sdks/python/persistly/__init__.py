"""Persistly for Python: the studio backend's surface (/server/v1) and the operators' (/admin/v1),
typed from the specs. `AdminClient` signs an operator in and carries the session and its CSRF token;
`pages` walks a listing's keyset pages.

`ServerClient` holds the server key and the transport (retries after Retry-After, idempotency keys
kept across retries, X-Persistly-SDK); the operations are the generated functions under
`persistly.generated.server.api`, their models in `persistly.generated.server.models`; `unwrap`
returns a call's typed answer or raises `PersistlyError` with the error's `code` and `details`.
"""
from ._version import ADMIN_API_VERSION, API_VERSION, SDK_HEADER, __version__
from .admin import AdminClient
from .errors import PersistlyError, unwrap
from .pages import pages
from .server import ServerClient
from .transport import AsyncRetryTransport, RetryTransport

__all__ = ["ADMIN_API_VERSION", "API_VERSION", "SDK_HEADER", "AdminClient", "AsyncRetryTransport", "PersistlyError", "RetryTransport", "ServerClient", "__version__", "pages", "unwrap"]
