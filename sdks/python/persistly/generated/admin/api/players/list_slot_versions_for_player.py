from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.gone_error import GoneError
from ...models.invalid_request_error import InvalidRequestError
from ...models.not_found_error import NotFoundError
from ...models.rate_limited_error import RateLimitedError
from ...models.server_error import ServerError
from ...models.slot_history import SlotHistory
from ...models.unauthorized_error import UnauthorizedError
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    studio_id: UUID,
    game_id: UUID,
    account_id: str,
    slot_id: str,
    *,
    include_data: bool | Unset = False,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["includeData"] = include_data


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/v1/studios/{studio_id}/games/{game_id}/accounts/{account_id}/slots/{slot_id}/versions".format(studio_id=quote(str(studio_id), safe=""),game_id=quote(str(game_id), safe=""),account_id=quote(str(account_id), safe=""),slot_id=quote(str(slot_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GoneError | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | SlotHistory | UnauthorizedError | None:
    if response.status_code == 200:
        response_200 = SlotHistory.from_dict(response.json())



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

    if response.status_code == 410:
        response_410 = GoneError.from_dict(response.json())



        return response_410

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GoneError | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | SlotHistory | UnauthorizedError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    studio_id: UUID,
    game_id: UUID,
    account_id: str,
    slot_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_data: bool | Unset = False,

) -> Response[GoneError | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | SlotHistory | UnauthorizedError]:
    """ A player's slot history

     The slot's versions inside the plan's restore window, newest first, as `listSlotVersions` gives them
    to the studio's backend; `includeData=true` adds each version's data. Any role may read it.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        game_id (UUID): A game (an environment in the operator CLI, such as `development` or
            `production`).
        account_id (str): An account id: `acc_` and 26 lowercase base32 characters (128 random
            bits).
        slot_id (str): A slot name chosen by the game: 1 to 64 characters, letters, digits, `_`,
            `-` and `.`, starting with a letter or digit.
        include_data (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GoneError | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | SlotHistory | UnauthorizedError]
     """


    kwargs = _get_kwargs(
        studio_id=studio_id,
game_id=game_id,
account_id=account_id,
slot_id=slot_id,
include_data=include_data,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    studio_id: UUID,
    game_id: UUID,
    account_id: str,
    slot_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_data: bool | Unset = False,

) -> GoneError | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | SlotHistory | UnauthorizedError | None:
    """ A player's slot history

     The slot's versions inside the plan's restore window, newest first, as `listSlotVersions` gives them
    to the studio's backend; `includeData=true` adds each version's data. Any role may read it.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        game_id (UUID): A game (an environment in the operator CLI, such as `development` or
            `production`).
        account_id (str): An account id: `acc_` and 26 lowercase base32 characters (128 random
            bits).
        slot_id (str): A slot name chosen by the game: 1 to 64 characters, letters, digits, `_`,
            `-` and `.`, starting with a letter or digit.
        include_data (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GoneError | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | SlotHistory | UnauthorizedError
     """


    return sync_detailed(
        studio_id=studio_id,
game_id=game_id,
account_id=account_id,
slot_id=slot_id,
client=client,
include_data=include_data,

    ).parsed

async def asyncio_detailed(
    studio_id: UUID,
    game_id: UUID,
    account_id: str,
    slot_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_data: bool | Unset = False,

) -> Response[GoneError | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | SlotHistory | UnauthorizedError]:
    """ A player's slot history

     The slot's versions inside the plan's restore window, newest first, as `listSlotVersions` gives them
    to the studio's backend; `includeData=true` adds each version's data. Any role may read it.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        game_id (UUID): A game (an environment in the operator CLI, such as `development` or
            `production`).
        account_id (str): An account id: `acc_` and 26 lowercase base32 characters (128 random
            bits).
        slot_id (str): A slot name chosen by the game: 1 to 64 characters, letters, digits, `_`,
            `-` and `.`, starting with a letter or digit.
        include_data (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GoneError | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | SlotHistory | UnauthorizedError]
     """


    kwargs = _get_kwargs(
        studio_id=studio_id,
game_id=game_id,
account_id=account_id,
slot_id=slot_id,
include_data=include_data,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    studio_id: UUID,
    game_id: UUID,
    account_id: str,
    slot_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_data: bool | Unset = False,

) -> GoneError | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | SlotHistory | UnauthorizedError | None:
    """ A player's slot history

     The slot's versions inside the plan's restore window, newest first, as `listSlotVersions` gives them
    to the studio's backend; `includeData=true` adds each version's data. Any role may read it.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        game_id (UUID): A game (an environment in the operator CLI, such as `development` or
            `production`).
        account_id (str): An account id: `acc_` and 26 lowercase base32 characters (128 random
            bits).
        slot_id (str): A slot name chosen by the game: 1 to 64 characters, letters, digits, `_`,
            `-` and `.`, starting with a letter or digit.
        include_data (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GoneError | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | SlotHistory | UnauthorizedError
     """


    return (await asyncio_detailed(
        studio_id=studio_id,
game_id=game_id,
account_id=account_id,
slot_id=slot_id,
client=client,
include_data=include_data,

    )).parsed
