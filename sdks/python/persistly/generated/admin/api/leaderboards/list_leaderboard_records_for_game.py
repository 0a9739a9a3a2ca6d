from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.invalid_request_error import InvalidRequestError
from ...models.leaderboard_record_page import LeaderboardRecordPage
from ...models.not_found_error import NotFoundError
from ...models.rate_limited_error import RateLimitedError
from ...models.server_error import ServerError
from ...models.unauthorized_error import UnauthorizedError
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    studio_id: UUID,
    game_id: UUID,
    leaderboard_id: str,
    *,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    period: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["period"] = period


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/v1/studios/{studio_id}/games/{game_id}/leaderboards/{leaderboard_id}/records".format(studio_id=quote(str(studio_id), safe=""),game_id=quote(str(game_id), safe=""),leaderboard_id=quote(str(leaderboard_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InvalidRequestError | LeaderboardRecordPage | NotFoundError | RateLimitedError | ServerError | UnauthorizedError | None:
    if response.status_code == 200:
        response_200 = LeaderboardRecordPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InvalidRequestError | LeaderboardRecordPage | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    studio_id: UUID,
    game_id: UUID,
    leaderboard_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    period: str | Unset = UNSET,

) -> Response[InvalidRequestError | LeaderboardRecordPage | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]:
    """ A board's records, as players see them

     The records of a game's board, best first and ranked, exactly as `listLeaderboardRecords` gives them
    to players (hidden records left out), for the portal's view of a board. Any role may read it.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        game_id (UUID): A game (an environment in the operator CLI, such as `development` or
            `production`).
        leaderboard_id (str): A leaderboard's id, chosen by the studio: lower-case letters,
            digits, `-` and `_`, at most 64 characters.
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        period (str | Unset): A reset period of a leaderboard: the UTC instant it started (the
            `resetSchedule` firing before it), or `all` on a board that never resets. Each period is
            its own partition of records.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvalidRequestError | LeaderboardRecordPage | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]
     """


    kwargs = _get_kwargs(
        studio_id=studio_id,
game_id=game_id,
leaderboard_id=leaderboard_id,
limit=limit,
cursor=cursor,
period=period,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    studio_id: UUID,
    game_id: UUID,
    leaderboard_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    period: str | Unset = UNSET,

) -> InvalidRequestError | LeaderboardRecordPage | NotFoundError | RateLimitedError | ServerError | UnauthorizedError | None:
    """ A board's records, as players see them

     The records of a game's board, best first and ranked, exactly as `listLeaderboardRecords` gives them
    to players (hidden records left out), for the portal's view of a board. Any role may read it.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        game_id (UUID): A game (an environment in the operator CLI, such as `development` or
            `production`).
        leaderboard_id (str): A leaderboard's id, chosen by the studio: lower-case letters,
            digits, `-` and `_`, at most 64 characters.
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        period (str | Unset): A reset period of a leaderboard: the UTC instant it started (the
            `resetSchedule` firing before it), or `all` on a board that never resets. Each period is
            its own partition of records.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvalidRequestError | LeaderboardRecordPage | NotFoundError | RateLimitedError | ServerError | UnauthorizedError
     """


    return sync_detailed(
        studio_id=studio_id,
game_id=game_id,
leaderboard_id=leaderboard_id,
client=client,
limit=limit,
cursor=cursor,
period=period,

    ).parsed

async def asyncio_detailed(
    studio_id: UUID,
    game_id: UUID,
    leaderboard_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    period: str | Unset = UNSET,

) -> Response[InvalidRequestError | LeaderboardRecordPage | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]:
    """ A board's records, as players see them

     The records of a game's board, best first and ranked, exactly as `listLeaderboardRecords` gives them
    to players (hidden records left out), for the portal's view of a board. Any role may read it.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        game_id (UUID): A game (an environment in the operator CLI, such as `development` or
            `production`).
        leaderboard_id (str): A leaderboard's id, chosen by the studio: lower-case letters,
            digits, `-` and `_`, at most 64 characters.
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        period (str | Unset): A reset period of a leaderboard: the UTC instant it started (the
            `resetSchedule` firing before it), or `all` on a board that never resets. Each period is
            its own partition of records.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvalidRequestError | LeaderboardRecordPage | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]
     """


    kwargs = _get_kwargs(
        studio_id=studio_id,
game_id=game_id,
leaderboard_id=leaderboard_id,
limit=limit,
cursor=cursor,
period=period,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    studio_id: UUID,
    game_id: UUID,
    leaderboard_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    period: str | Unset = UNSET,

) -> InvalidRequestError | LeaderboardRecordPage | NotFoundError | RateLimitedError | ServerError | UnauthorizedError | None:
    """ A board's records, as players see them

     The records of a game's board, best first and ranked, exactly as `listLeaderboardRecords` gives them
    to players (hidden records left out), for the portal's view of a board. Any role may read it.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        game_id (UUID): A game (an environment in the operator CLI, such as `development` or
            `production`).
        leaderboard_id (str): A leaderboard's id, chosen by the studio: lower-case letters,
            digits, `-` and `_`, at most 64 characters.
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        period (str | Unset): A reset period of a leaderboard: the UTC instant it started (the
            `resetSchedule` firing before it), or `all` on a board that never resets. Each period is
            its own partition of records.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvalidRequestError | LeaderboardRecordPage | NotFoundError | RateLimitedError | ServerError | UnauthorizedError
     """


    return (await asyncio_detailed(
        studio_id=studio_id,
game_id=game_id,
leaderboard_id=leaderboard_id,
client=client,
limit=limit,
cursor=cursor,
period=period,

    )).parsed
