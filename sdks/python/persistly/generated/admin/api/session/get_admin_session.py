from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.admin_session import AdminSession
from ...models.invalid_request_error import InvalidRequestError
from ...models.rate_limited_error import RateLimitedError
from ...models.server_error import ServerError
from ...models.unauthorized_error import UnauthorizedError
from typing import cast



def _get_kwargs(
    
) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/v1/session",
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AdminSession | InvalidRequestError | RateLimitedError | ServerError | UnauthorizedError | None:
    if response.status_code == 200:
        response_200 = AdminSession.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AdminSession | InvalidRequestError | RateLimitedError | ServerError | UnauthorizedError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,

) -> Response[AdminSession | InvalidRequestError | RateLimitedError | ServerError | UnauthorizedError]:
    """ The signed-in member, their studios and the CSRF token

     What a page loads first: who is signed in, in which studios with which role, and the CSRF token for
    changes (the same one `signIn` returned).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdminSession | InvalidRequestError | RateLimitedError | ServerError | UnauthorizedError]
     """


    kwargs = _get_kwargs(
        
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,

) -> AdminSession | InvalidRequestError | RateLimitedError | ServerError | UnauthorizedError | None:
    """ The signed-in member, their studios and the CSRF token

     What a page loads first: who is signed in, in which studios with which role, and the CSRF token for
    changes (the same one `signIn` returned).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdminSession | InvalidRequestError | RateLimitedError | ServerError | UnauthorizedError
     """


    return sync_detailed(
        client=client,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,

) -> Response[AdminSession | InvalidRequestError | RateLimitedError | ServerError | UnauthorizedError]:
    """ The signed-in member, their studios and the CSRF token

     What a page loads first: who is signed in, in which studios with which role, and the CSRF token for
    changes (the same one `signIn` returned).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdminSession | InvalidRequestError | RateLimitedError | ServerError | UnauthorizedError]
     """


    kwargs = _get_kwargs(
        
    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,

) -> AdminSession | InvalidRequestError | RateLimitedError | ServerError | UnauthorizedError | None:
    """ The signed-in member, their studios and the CSRF token

     What a page loads first: who is signed in, in which studios with which role, and the CSRF token for
    changes (the same one `signIn` returned).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdminSession | InvalidRequestError | RateLimitedError | ServerError | UnauthorizedError
     """


    return (await asyncio_detailed(
        client=client,

    )).parsed
