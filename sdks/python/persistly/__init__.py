"""Persistly for Python: the studio backend's surface (/server/v1), typed from the spec.

`ServerClient` holds the server key and the transport (retries after Retry-After, idempotency keys
kept across retries, X-Persistly-SDK); the operations are the generated functions under
`persistly.generated.server.api`, their models in `persistly.generated.server.models`; `unwrap`
returns a call's typed answer or raises `PersistlyError` with the error's `code` and `details`.
"""
from ._version import ADMIN_API_VERSION, API_VERSION, SDK_HEADER, __version__
from .errors import PersistlyError, unwrap
from .server import ServerClient
from .transport import AsyncRetryTransport, RetryTransport

__all__ = ["ADMIN_API_VERSION", "API_VERSION", "SDK_HEADER", "AsyncRetryTransport", "PersistlyError", "RetryTransport", "ServerClient", "__version__", "unwrap"]
