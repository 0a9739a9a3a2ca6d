from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.account_page import AccountPage
from ...models.invalid_request_error import InvalidRequestError
from ...models.rate_limited_error import RateLimitedError
from ...models.server_error import ServerError
from ...models.unauthorized_error import UnauthorizedError
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    player_ref: str,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["playerRef"] = player_ref

    params["limit"] = limit

    params["cursor"] = cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/server/v1/accounts",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccountPage | InvalidRequestError | RateLimitedError | ServerError | UnauthorizedError | None:
    if response.status_code == 200:
        response_200 = AccountPage.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = InvalidRequestError.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedError.from_dict(response.json())



        return response_401

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AccountPage | InvalidRequestError | RateLimitedError | ServerError | UnauthorizedError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    player_ref: str,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[AccountPage | InvalidRequestError | RateLimitedError | ServerError | UnauthorizedError]:
    """ Find accounts by playerRef

     Exact match on `playerRef` in the key's environment, oldest first, paginated with `cursor`. Erased
    accounts are not listed.

    Args:
        player_ref (str): The studio's own reference for the player (its user id). Only the server
            surface can look accounts up by it.
        limit (int | Unset):  Default: 20.
        cursor (str | Unset): An account id: `acc_` and 26 lowercase base32 characters (128 random
            bits).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountPage | InvalidRequestError | RateLimitedError | ServerError | UnauthorizedError]
     """


    kwargs = _get_kwargs(
        player_ref=player_ref,
limit=limit,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    player_ref: str,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> AccountPage | InvalidRequestError | RateLimitedError | ServerError | UnauthorizedError | None:
    """ Find accounts by playerRef

     Exact match on `playerRef` in the key's environment, oldest first, paginated with `cursor`. Erased
    accounts are not listed.

    Args:
        player_ref (str): The studio's own reference for the player (its user id). Only the server
            surface can look accounts up by it.
        limit (int | Unset):  Default: 20.
        cursor (str | Unset): An account id: `acc_` and 26 lowercase base32 characters (128 random
            bits).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountPage | InvalidRequestError | RateLimitedError | ServerError | UnauthorizedError
     """


    return sync_detailed(
        client=client,
player_ref=player_ref,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    player_ref: str,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[AccountPage | InvalidRequestError | RateLimitedError | ServerError | UnauthorizedError]:
    """ Find accounts by playerRef

     Exact match on `playerRef` in the key's environment, oldest first, paginated with `cursor`. Erased
    accounts are not listed.

    Args:
        player_ref (str): The studio's own reference for the player (its user id). Only the server
            surface can look accounts up by it.
        limit (int | Unset):  Default: 20.
        cursor (str | Unset): An account id: `acc_` and 26 lowercase base32 characters (128 random
            bits).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountPage | InvalidRequestError | RateLimitedError | ServerError | UnauthorizedError]
     """


    kwargs = _get_kwargs(
        player_ref=player_ref,
limit=limit,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    player_ref: str,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> AccountPage | InvalidRequestError | RateLimitedError | ServerError | UnauthorizedError | None:
    """ Find accounts by playerRef

     Exact match on `playerRef` in the key's environment, oldest first, paginated with `cursor`. Erased
    accounts are not listed.

    Args:
        player_ref (str): The studio's own reference for the player (its user id). Only the server
            surface can look accounts up by it.
        limit (int | Unset):  Default: 20.
        cursor (str | Unset): An account id: `acc_` and 26 lowercase base32 characters (128 random
            bits).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountPage | InvalidRequestError | RateLimitedError | ServerError | UnauthorizedError
     """


    return (await asyncio_detailed(
        client=client,
player_ref=player_ref,
limit=limit,
cursor=cursor,

    )).parsed
