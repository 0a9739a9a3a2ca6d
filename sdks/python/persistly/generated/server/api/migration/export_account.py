from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.account_export import AccountExport
from ...models.gone_error import GoneError
from ...models.invalid_request_error import InvalidRequestError
from ...models.not_found_error import NotFoundError
from ...models.rate_limited_error import RateLimitedError
from ...models.server_error import ServerError
from ...models.unauthorized_error import UnauthorizedError
from typing import cast



def _get_kwargs(
    account_id: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/server/v1/accounts/{account_id}/export".format(account_id=quote(str(account_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccountExport | GoneError | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError | None:
    if response.status_code == 200:
        response_200 = AccountExport.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AccountExport | GoneError | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,

) -> Response[AccountExport | GoneError | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]:
    """ Export everything an account holds

     For data portability: the account with every slot's data, each slot's restore history with data, and
    its sessions' metadata.

    Args:
        account_id (str): An account id: `acc_` and 26 lowercase base32 characters (128 random
            bits).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountExport | GoneError | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]
     """


    kwargs = _get_kwargs(
        account_id=account_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,

) -> AccountExport | GoneError | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError | None:
    """ Export everything an account holds

     For data portability: the account with every slot's data, each slot's restore history with data, and
    its sessions' metadata.

    Args:
        account_id (str): An account id: `acc_` and 26 lowercase base32 characters (128 random
            bits).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountExport | GoneError | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError
     """


    return sync_detailed(
        account_id=account_id,
client=client,

    ).parsed

async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,

) -> Response[AccountExport | GoneError | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]:
    """ Export everything an account holds

     For data portability: the account with every slot's data, each slot's restore history with data, and
    its sessions' metadata.

    Args:
        account_id (str): An account id: `acc_` and 26 lowercase base32 characters (128 random
            bits).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountExport | GoneError | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]
     """


    kwargs = _get_kwargs(
        account_id=account_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,

) -> AccountExport | GoneError | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError | None:
    """ Export everything an account holds

     For data portability: the account with every slot's data, each slot's restore history with data, and
    its sessions' metadata.

    Args:
        account_id (str): An account id: `acc_` and 26 lowercase base32 characters (128 random
            bits).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountExport | GoneError | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError
     """


    return (await asyncio_detailed(
        account_id=account_id,
client=client,

    )).parsed
