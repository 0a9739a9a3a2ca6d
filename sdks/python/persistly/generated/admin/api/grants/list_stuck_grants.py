from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.invalid_request_error import InvalidRequestError
from ...models.not_found_error import NotFoundError
from ...models.rate_limited_error import RateLimitedError
from ...models.server_error import ServerError
from ...models.stuck_grant_list import StuckGrantList
from ...models.unauthorized_error import UnauthorizedError
from typing import cast
from uuid import UUID



def _get_kwargs(
    studio_id: UUID,
    game_id: UUID,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/v1/studios/{studio_id}/games/{game_id}/grants".format(studio_id=quote(str(studio_id), safe=""),game_id=quote(str(game_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InvalidRequestError | NotFoundError | RateLimitedError | ServerError | StuckGrantList | UnauthorizedError | None:
    if response.status_code == 200:
        response_200 = StuckGrantList.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InvalidRequestError | NotFoundError | RateLimitedError | ServerError | StuckGrantList | UnauthorizedError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    studio_id: UUID,
    game_id: UUID,
    *,
    client: AuthenticatedClient | Client,

) -> Response[InvalidRequestError | NotFoundError | RateLimitedError | ServerError | StuckGrantList | UnauthorizedError]:
    """ The game's stuck grants

     Grants a player tried to claim but whose rewards could not apply (a cap would be exceeded): pending,
    not expired, with a `lastError`. Newest first, at most 100, with each player's `playerRef`. Force-
    claim them with `forceClaimGrant`. Any role may read it.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        game_id (UUID): A game (an environment in the operator CLI, such as `development` or
            `production`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvalidRequestError | NotFoundError | RateLimitedError | ServerError | StuckGrantList | UnauthorizedError]
     """


    kwargs = _get_kwargs(
        studio_id=studio_id,
game_id=game_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    studio_id: UUID,
    game_id: UUID,
    *,
    client: AuthenticatedClient | Client,

) -> InvalidRequestError | NotFoundError | RateLimitedError | ServerError | StuckGrantList | UnauthorizedError | None:
    """ The game's stuck grants

     Grants a player tried to claim but whose rewards could not apply (a cap would be exceeded): pending,
    not expired, with a `lastError`. Newest first, at most 100, with each player's `playerRef`. Force-
    claim them with `forceClaimGrant`. Any role may read it.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        game_id (UUID): A game (an environment in the operator CLI, such as `development` or
            `production`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvalidRequestError | NotFoundError | RateLimitedError | ServerError | StuckGrantList | UnauthorizedError
     """


    return sync_detailed(
        studio_id=studio_id,
game_id=game_id,
client=client,

    ).parsed

async def asyncio_detailed(
    studio_id: UUID,
    game_id: UUID,
    *,
    client: AuthenticatedClient | Client,

) -> Response[InvalidRequestError | NotFoundError | RateLimitedError | ServerError | StuckGrantList | UnauthorizedError]:
    """ The game's stuck grants

     Grants a player tried to claim but whose rewards could not apply (a cap would be exceeded): pending,
    not expired, with a `lastError`. Newest first, at most 100, with each player's `playerRef`. Force-
    claim them with `forceClaimGrant`. Any role may read it.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        game_id (UUID): A game (an environment in the operator CLI, such as `development` or
            `production`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvalidRequestError | NotFoundError | RateLimitedError | ServerError | StuckGrantList | UnauthorizedError]
     """


    kwargs = _get_kwargs(
        studio_id=studio_id,
game_id=game_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    studio_id: UUID,
    game_id: UUID,
    *,
    client: AuthenticatedClient | Client,

) -> InvalidRequestError | NotFoundError | RateLimitedError | ServerError | StuckGrantList | UnauthorizedError | None:
    """ The game's stuck grants

     Grants a player tried to claim but whose rewards could not apply (a cap would be exceeded): pending,
    not expired, with a `lastError`. Newest first, at most 100, with each player's `playerRef`. Force-
    claim them with `forceClaimGrant`. Any role may read it.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        game_id (UUID): A game (an environment in the operator CLI, such as `development` or
            `production`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvalidRequestError | NotFoundError | RateLimitedError | ServerError | StuckGrantList | UnauthorizedError
     """


    return (await asyncio_detailed(
        studio_id=studio_id,
game_id=game_id,
client=client,

    )).parsed
