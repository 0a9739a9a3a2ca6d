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
from ...models.service_unavailable_error import ServiceUnavailableError
from ...models.stream_leaderboard_for_game_response_200 import StreamLeaderboardForGameResponse200
from ...models.too_many_streams_error import TooManyStreamsError
from ...models.unauthorized_error import UnauthorizedError
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    studio_id: UUID,
    game_id: UUID,
    leaderboard_id: str,
    *,
    follow: str | Unset = UNSET,
    last_event_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(last_event_id, Unset):
        headers["Last-Event-ID"] = last_event_id



    

    params: dict[str, Any] = {}

    params["follow"] = follow


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/v1/studios/{studio_id}/games/{game_id}/leaderboards/{leaderboard_id}/stream".format(studio_id=quote(str(studio_id), safe=""),game_id=quote(str(game_id), safe=""),leaderboard_id=quote(str(leaderboard_id), safe=""),),
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InvalidRequestError | NotFoundError | RateLimitedError | TooManyStreamsError | ServerError | ServiceUnavailableError | StreamLeaderboardForGameResponse200 | UnauthorizedError | None:
    if response.status_code == 200:
        response_200 = StreamLeaderboardForGameResponse200.from_dict(response.text)



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
        def _parse_response_429(data: object) -> RateLimitedError | TooManyStreamsError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_refused_error_type_0 = RateLimitedError.from_dict(data)



                return componentsschemas_stream_refused_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_stream_refused_error_type_1 = TooManyStreamsError.from_dict(data)



            return componentsschemas_stream_refused_error_type_1

        response_429 = _parse_response_429(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ServerError.from_dict(response.json())



        return response_500

    if response.status_code == 503:
        response_503 = ServiceUnavailableError.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InvalidRequestError | NotFoundError | RateLimitedError | TooManyStreamsError | ServerError | ServiceUnavailableError | StreamLeaderboardForGameResponse200 | UnauthorizedError]:
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
    follow: str | Unset = UNSET,
    last_event_id: str | Unset = UNSET,

) -> Response[InvalidRequestError | NotFoundError | RateLimitedError | TooManyStreamsError | ServerError | ServiceUnavailableError | StreamLeaderboardForGameResponse200 | UnauthorizedError]:
    """ Watch a game's board live (Server-Sent Events)

     The stream `streamLeaderboard` gives players, opened with the member's session: `ready`,
    `score_update` for the top `streamTopN` (and `follow`), `closed`. For the portal's live view of a
    board; any role may open it. It counts against the process's stream capacity (503 `unavailable`).

    Event payloads: `ready` → `LeaderboardReadyEvent`, `score_update` → `ScoreUpdateEvent`, `closed` →
    `LeaderboardClosedEvent` (listed in `x-persistly-events`).

    **One admission for every stream** (account streams, board streams, operators' board streams): a
    place in this server process (503 `unavailable`, `stream_capacity`, past it), then at most 200 per
    client address, half the process per API key, 5 per operator session, and 5 per account across
    processes; past one of them, 429 `too_many_streams` with `details.scope` (`address`, `key`,
    `session` or `account`) and `details.limit`. An open stream re-checks its credentials: a revoked key
    or session (or an operator signed out) ends it with `closed` at once when revoked through this
    server, within 5 seconds otherwise. A hidden record is never streamed.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        game_id (UUID): A game (an environment in the operator CLI, such as `development` or
            `production`).
        leaderboard_id (str): A leaderboard's id, chosen by the studio: lower-case letters,
            digits, `-` and `_`, at most 64 characters.
        follow (str | Unset): A player's public handle: random and stable, the only way other
            players see an account (with `displayName`). It tells nothing about the account id or the
            playerRef.
        last_event_id (str | Unset): An event's id: a decimal number that grows with every event.
            Send the last one you saw as `Last-Event-ID` when reconnecting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvalidRequestError | NotFoundError | RateLimitedError | TooManyStreamsError | ServerError | ServiceUnavailableError | StreamLeaderboardForGameResponse200 | UnauthorizedError]
     """


    kwargs = _get_kwargs(
        studio_id=studio_id,
game_id=game_id,
leaderboard_id=leaderboard_id,
follow=follow,
last_event_id=last_event_id,

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
    follow: str | Unset = UNSET,
    last_event_id: str | Unset = UNSET,

) -> InvalidRequestError | NotFoundError | RateLimitedError | TooManyStreamsError | ServerError | ServiceUnavailableError | StreamLeaderboardForGameResponse200 | UnauthorizedError | None:
    """ Watch a game's board live (Server-Sent Events)

     The stream `streamLeaderboard` gives players, opened with the member's session: `ready`,
    `score_update` for the top `streamTopN` (and `follow`), `closed`. For the portal's live view of a
    board; any role may open it. It counts against the process's stream capacity (503 `unavailable`).

    Event payloads: `ready` → `LeaderboardReadyEvent`, `score_update` → `ScoreUpdateEvent`, `closed` →
    `LeaderboardClosedEvent` (listed in `x-persistly-events`).

    **One admission for every stream** (account streams, board streams, operators' board streams): a
    place in this server process (503 `unavailable`, `stream_capacity`, past it), then at most 200 per
    client address, half the process per API key, 5 per operator session, and 5 per account across
    processes; past one of them, 429 `too_many_streams` with `details.scope` (`address`, `key`,
    `session` or `account`) and `details.limit`. An open stream re-checks its credentials: a revoked key
    or session (or an operator signed out) ends it with `closed` at once when revoked through this
    server, within 5 seconds otherwise. A hidden record is never streamed.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        game_id (UUID): A game (an environment in the operator CLI, such as `development` or
            `production`).
        leaderboard_id (str): A leaderboard's id, chosen by the studio: lower-case letters,
            digits, `-` and `_`, at most 64 characters.
        follow (str | Unset): A player's public handle: random and stable, the only way other
            players see an account (with `displayName`). It tells nothing about the account id or the
            playerRef.
        last_event_id (str | Unset): An event's id: a decimal number that grows with every event.
            Send the last one you saw as `Last-Event-ID` when reconnecting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvalidRequestError | NotFoundError | RateLimitedError | TooManyStreamsError | ServerError | ServiceUnavailableError | StreamLeaderboardForGameResponse200 | UnauthorizedError
     """


    return sync_detailed(
        studio_id=studio_id,
game_id=game_id,
leaderboard_id=leaderboard_id,
client=client,
follow=follow,
last_event_id=last_event_id,

    ).parsed

async def asyncio_detailed(
    studio_id: UUID,
    game_id: UUID,
    leaderboard_id: str,
    *,
    client: AuthenticatedClient | Client,
    follow: str | Unset = UNSET,
    last_event_id: str | Unset = UNSET,

) -> Response[InvalidRequestError | NotFoundError | RateLimitedError | TooManyStreamsError | ServerError | ServiceUnavailableError | StreamLeaderboardForGameResponse200 | UnauthorizedError]:
    """ Watch a game's board live (Server-Sent Events)

     The stream `streamLeaderboard` gives players, opened with the member's session: `ready`,
    `score_update` for the top `streamTopN` (and `follow`), `closed`. For the portal's live view of a
    board; any role may open it. It counts against the process's stream capacity (503 `unavailable`).

    Event payloads: `ready` → `LeaderboardReadyEvent`, `score_update` → `ScoreUpdateEvent`, `closed` →
    `LeaderboardClosedEvent` (listed in `x-persistly-events`).

    **One admission for every stream** (account streams, board streams, operators' board streams): a
    place in this server process (503 `unavailable`, `stream_capacity`, past it), then at most 200 per
    client address, half the process per API key, 5 per operator session, and 5 per account across
    processes; past one of them, 429 `too_many_streams` with `details.scope` (`address`, `key`,
    `session` or `account`) and `details.limit`. An open stream re-checks its credentials: a revoked key
    or session (or an operator signed out) ends it with `closed` at once when revoked through this
    server, within 5 seconds otherwise. A hidden record is never streamed.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        game_id (UUID): A game (an environment in the operator CLI, such as `development` or
            `production`).
        leaderboard_id (str): A leaderboard's id, chosen by the studio: lower-case letters,
            digits, `-` and `_`, at most 64 characters.
        follow (str | Unset): A player's public handle: random and stable, the only way other
            players see an account (with `displayName`). It tells nothing about the account id or the
            playerRef.
        last_event_id (str | Unset): An event's id: a decimal number that grows with every event.
            Send the last one you saw as `Last-Event-ID` when reconnecting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvalidRequestError | NotFoundError | RateLimitedError | TooManyStreamsError | ServerError | ServiceUnavailableError | StreamLeaderboardForGameResponse200 | UnauthorizedError]
     """


    kwargs = _get_kwargs(
        studio_id=studio_id,
game_id=game_id,
leaderboard_id=leaderboard_id,
follow=follow,
last_event_id=last_event_id,

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
    follow: str | Unset = UNSET,
    last_event_id: str | Unset = UNSET,

) -> InvalidRequestError | NotFoundError | RateLimitedError | TooManyStreamsError | ServerError | ServiceUnavailableError | StreamLeaderboardForGameResponse200 | UnauthorizedError | None:
    """ Watch a game's board live (Server-Sent Events)

     The stream `streamLeaderboard` gives players, opened with the member's session: `ready`,
    `score_update` for the top `streamTopN` (and `follow`), `closed`. For the portal's live view of a
    board; any role may open it. It counts against the process's stream capacity (503 `unavailable`).

    Event payloads: `ready` → `LeaderboardReadyEvent`, `score_update` → `ScoreUpdateEvent`, `closed` →
    `LeaderboardClosedEvent` (listed in `x-persistly-events`).

    **One admission for every stream** (account streams, board streams, operators' board streams): a
    place in this server process (503 `unavailable`, `stream_capacity`, past it), then at most 200 per
    client address, half the process per API key, 5 per operator session, and 5 per account across
    processes; past one of them, 429 `too_many_streams` with `details.scope` (`address`, `key`,
    `session` or `account`) and `details.limit`. An open stream re-checks its credentials: a revoked key
    or session (or an operator signed out) ends it with `closed` at once when revoked through this
    server, within 5 seconds otherwise. A hidden record is never streamed.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        game_id (UUID): A game (an environment in the operator CLI, such as `development` or
            `production`).
        leaderboard_id (str): A leaderboard's id, chosen by the studio: lower-case letters,
            digits, `-` and `_`, at most 64 characters.
        follow (str | Unset): A player's public handle: random and stable, the only way other
            players see an account (with `displayName`). It tells nothing about the account id or the
            playerRef.
        last_event_id (str | Unset): An event's id: a decimal number that grows with every event.
            Send the last one you saw as `Last-Event-ID` when reconnecting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvalidRequestError | NotFoundError | RateLimitedError | TooManyStreamsError | ServerError | ServiceUnavailableError | StreamLeaderboardForGameResponse200 | UnauthorizedError
     """


    return (await asyncio_detailed(
        studio_id=studio_id,
game_id=game_id,
leaderboard_id=leaderboard_id,
client=client,
follow=follow,
last_event_id=last_event_id,

    )).parsed
