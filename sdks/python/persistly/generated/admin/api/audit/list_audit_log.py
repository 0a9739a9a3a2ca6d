from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.audit_page import AuditPage
from ...models.invalid_request_error import InvalidRequestError
from ...models.not_found_error import NotFoundError
from ...models.rate_limited_error import RateLimitedError
from ...models.server_error import ServerError
from ...models.unauthorized_error import UnauthorizedError
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime



def _get_kwargs(
    studio_id: UUID,
    *,
    actor_id: str | Unset = UNSET,
    action: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["actorId"] = actor_id

    params["action"] = action

    params["resource"] = resource

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["cursor"] = cursor

    params["limit"] = limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/v1/studios/{studio_id}/audit-log".format(studio_id=quote(str(studio_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AuditPage | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError | None:
    if response.status_code == 200:
        response_200 = AuditPage.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = InvalidRequestError.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedError.from_dict(response.json())



        return response_401

    if response.status_code == 404:
        response_404 = NotFoundError.from_dict(response.json())



        return response_404

    if response.status_code == 429:
        response_429 = RateLimitedError.from_dict(response.json())



        return response_429

    if response.status_code == 500:
        response_500 = ServerError.from_dict(response.json())



        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AuditPage | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    studio_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    actor_id: str | Unset = UNSET,
    action: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,

) -> Response[AuditPage | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]:
    """ The studio's audit log

     Every change made on `/admin/v1` and `/server/v1` and by the operator CLI, newest first: who
    (member, server key or CLI user), what (the operation), on which resource, when, with a short
    before/after where meaningful. Append-only: nothing can edit or delete an entry. Filter by actor,
    action, resource (that path or under it) and time; page with `cursor`. Any role may read it.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        actor_id (str | Unset):
        action (str | Unset):
        resource (str | Unset):
        from_ (datetime.datetime | Unset): An RFC 3339 UTC timestamp with milliseconds.
        to (datetime.datetime | Unset): An RFC 3339 UTC timestamp with milliseconds.
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditPage | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]
     """


    kwargs = _get_kwargs(
        studio_id=studio_id,
actor_id=actor_id,
action=action,
resource=resource,
from_=from_,
to=to,
cursor=cursor,
limit=limit,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    studio_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    actor_id: str | Unset = UNSET,
    action: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,

) -> AuditPage | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError | None:
    """ The studio's audit log

     Every change made on `/admin/v1` and `/server/v1` and by the operator CLI, newest first: who
    (member, server key or CLI user), what (the operation), on which resource, when, with a short
    before/after where meaningful. Append-only: nothing can edit or delete an entry. Filter by actor,
    action, resource (that path or under it) and time; page with `cursor`. Any role may read it.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        actor_id (str | Unset):
        action (str | Unset):
        resource (str | Unset):
        from_ (datetime.datetime | Unset): An RFC 3339 UTC timestamp with milliseconds.
        to (datetime.datetime | Unset): An RFC 3339 UTC timestamp with milliseconds.
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditPage | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError
     """


    return sync_detailed(
        studio_id=studio_id,
client=client,
actor_id=actor_id,
action=action,
resource=resource,
from_=from_,
to=to,
cursor=cursor,
limit=limit,

    ).parsed

async def asyncio_detailed(
    studio_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    actor_id: str | Unset = UNSET,
    action: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,

) -> Response[AuditPage | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]:
    """ The studio's audit log

     Every change made on `/admin/v1` and `/server/v1` and by the operator CLI, newest first: who
    (member, server key or CLI user), what (the operation), on which resource, when, with a short
    before/after where meaningful. Append-only: nothing can edit or delete an entry. Filter by actor,
    action, resource (that path or under it) and time; page with `cursor`. Any role may read it.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        actor_id (str | Unset):
        action (str | Unset):
        resource (str | Unset):
        from_ (datetime.datetime | Unset): An RFC 3339 UTC timestamp with milliseconds.
        to (datetime.datetime | Unset): An RFC 3339 UTC timestamp with milliseconds.
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditPage | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]
     """


    kwargs = _get_kwargs(
        studio_id=studio_id,
actor_id=actor_id,
action=action,
resource=resource,
from_=from_,
to=to,
cursor=cursor,
limit=limit,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    studio_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    actor_id: str | Unset = UNSET,
    action: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,

) -> AuditPage | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError | None:
    """ The studio's audit log

     Every change made on `/admin/v1` and `/server/v1` and by the operator CLI, newest first: who
    (member, server key or CLI user), what (the operation), on which resource, when, with a short
    before/after where meaningful. Append-only: nothing can edit or delete an entry. Filter by actor,
    action, resource (that path or under it) and time; page with `cursor`. Any role may read it.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        actor_id (str | Unset):
        action (str | Unset):
        resource (str | Unset):
        from_ (datetime.datetime | Unset): An RFC 3339 UTC timestamp with milliseconds.
        to (datetime.datetime | Unset): An RFC 3339 UTC timestamp with milliseconds.
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditPage | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError
     """


    return (await asyncio_detailed(
        studio_id=studio_id,
client=client,
actor_id=actor_id,
action=action,
resource=resource,
from_=from_,
to=to,
cursor=cursor,
limit=limit,

    )).parsed
