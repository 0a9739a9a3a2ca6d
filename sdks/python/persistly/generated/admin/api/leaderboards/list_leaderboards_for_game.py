from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.invalid_request_error import InvalidRequestError
from ...models.leaderboard_list import LeaderboardList
from ...models.not_found_error import NotFoundError
from ...models.rate_limited_error import RateLimitedError
from ...models.server_error import ServerError
from ...models.unauthorized_error import UnauthorizedError
from typing import cast
from uuid import UUID



def _get_kwargs(
    studio_id: UUID,
    game_id: UUID,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/v1/studios/{studio_id}/games/{game_id}/leaderboards".format(studio_id=quote(str(studio_id), safe=""),game_id=quote(str(game_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InvalidRequestError | LeaderboardList | NotFoundError | RateLimitedError | ServerError | UnauthorizedError | None:
    if response.status_code == 200:
        response_200 = LeaderboardList.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InvalidRequestError | LeaderboardList | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]:
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

) -> Response[InvalidRequestError | LeaderboardList | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]:
    """ A game's leaderboards

     Every leaderboard of the game with its current period. Any role may read it.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        game_id (UUID): A game (an environment in the operator CLI, such as `development` or
            `production`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvalidRequestError | LeaderboardList | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]
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

) -> InvalidRequestError | LeaderboardList | NotFoundError | RateLimitedError | ServerError | UnauthorizedError | None:
    """ A game's leaderboards

     Every leaderboard of the game with its current period. Any role may read it.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        game_id (UUID): A game (an environment in the operator CLI, such as `development` or
            `production`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvalidRequestError | LeaderboardList | NotFoundError | RateLimitedError | ServerError | UnauthorizedError
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

) -> Response[InvalidRequestError | LeaderboardList | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]:
    """ A game's leaderboards

     Every leaderboard of the game with its current period. Any role may read it.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        game_id (UUID): A game (an environment in the operator CLI, such as `development` or
            `production`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvalidRequestError | LeaderboardList | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]
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

) -> InvalidRequestError | LeaderboardList | NotFoundError | RateLimitedError | ServerError | UnauthorizedError | None:
    """ A game's leaderboards

     Every leaderboard of the game with its current period. Any role may read it.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        game_id (UUID): A game (an environment in the operator CLI, such as `development` or
            `production`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvalidRequestError | LeaderboardList | NotFoundError | RateLimitedError | ServerError | UnauthorizedError
     """


    return (await asyncio_detailed(
        studio_id=studio_id,
game_id=game_id,
client=client,

    )).parsed
