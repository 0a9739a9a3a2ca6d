from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.admin_health import AdminHealth
from ...models.headers_too_large_error import HeadersTooLargeError
from ...models.invalid_request_error import InvalidRequestError
from ...models.server_error import ServerError
from typing import cast



def _get_kwargs(
    
) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/v1/health",
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AdminHealth | HeadersTooLargeError | InvalidRequestError | ServerError | None:
    if response.status_code == 200:
        response_200 = AdminHealth.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = InvalidRequestError.from_dict(response.json())



        return response_400

    if response.status_code == 431:
        response_431 = HeadersTooLargeError.from_dict(response.json())



        return response_431

    if response.status_code == 500:
        response_500 = ServerError.from_dict(response.json())



        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AdminHealth | HeadersTooLargeError | InvalidRequestError | ServerError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,

) -> Response[AdminHealth | HeadersTooLargeError | InvalidRequestError | ServerError]:
    """ Liveness of the operator surface

     Public: no cookie. 200 while the server answers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdminHealth | HeadersTooLargeError | InvalidRequestError | ServerError]
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

) -> AdminHealth | HeadersTooLargeError | InvalidRequestError | ServerError | None:
    """ Liveness of the operator surface

     Public: no cookie. 200 while the server answers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdminHealth | HeadersTooLargeError | InvalidRequestError | ServerError
     """


    return sync_detailed(
        client=client,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,

) -> Response[AdminHealth | HeadersTooLargeError | InvalidRequestError | ServerError]:
    """ Liveness of the operator surface

     Public: no cookie. 200 while the server answers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdminHealth | HeadersTooLargeError | InvalidRequestError | ServerError]
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

) -> AdminHealth | HeadersTooLargeError | InvalidRequestError | ServerError | None:
    """ Liveness of the operator surface

     Public: no cookie. 200 while the server answers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdminHealth | HeadersTooLargeError | InvalidRequestError | ServerError
     """


    return (await asyncio_detailed(
        client=client,

    )).parsed
