from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.csrf_failed_error import CsrfFailedError
from ...models.invalid_request_error import InvalidRequestError
from ...models.rate_limited_error import RateLimitedError
from ...models.role_forbidden_error import RoleForbiddenError
from ...models.server_error import ServerError
from ...models.signed_out import SignedOut
from ...models.unauthorized_error import UnauthorizedError
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    x_persistly_csrf: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_persistly_csrf, Unset):
        headers["X-Persistly-CSRF"] = x_persistly_csrf



    

    

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/admin/v1/session",
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CsrfFailedError | RoleForbiddenError | InvalidRequestError | RateLimitedError | ServerError | SignedOut | UnauthorizedError | None:
    if response.status_code == 200:
        response_200 = SignedOut.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = InvalidRequestError.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedError.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        def _parse_response_403(data: object) -> CsrfFailedError | RoleForbiddenError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_admin_forbidden_error_type_0 = RoleForbiddenError.from_dict(data)



                return componentsschemas_admin_forbidden_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_admin_forbidden_error_type_1 = CsrfFailedError.from_dict(data)



            return componentsschemas_admin_forbidden_error_type_1

        response_403 = _parse_response_403(response.json())

        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CsrfFailedError | RoleForbiddenError | InvalidRequestError | RateLimitedError | ServerError | SignedOut | UnauthorizedError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_persistly_csrf: str | Unset = UNSET,

) -> Response[CsrfFailedError | RoleForbiddenError | InvalidRequestError | RateLimitedError | ServerError | SignedOut | UnauthorizedError]:
    """ Sign out

     Ends the session at once and clears the cookie. Needs the CSRF token, like every change.

    Args:
        x_persistly_csrf (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CsrfFailedError | RoleForbiddenError | InvalidRequestError | RateLimitedError | ServerError | SignedOut | UnauthorizedError]
     """


    kwargs = _get_kwargs(
        x_persistly_csrf=x_persistly_csrf,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    x_persistly_csrf: str | Unset = UNSET,

) -> CsrfFailedError | RoleForbiddenError | InvalidRequestError | RateLimitedError | ServerError | SignedOut | UnauthorizedError | None:
    """ Sign out

     Ends the session at once and clears the cookie. Needs the CSRF token, like every change.

    Args:
        x_persistly_csrf (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CsrfFailedError | RoleForbiddenError | InvalidRequestError | RateLimitedError | ServerError | SignedOut | UnauthorizedError
     """


    return sync_detailed(
        client=client,
x_persistly_csrf=x_persistly_csrf,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_persistly_csrf: str | Unset = UNSET,

) -> Response[CsrfFailedError | RoleForbiddenError | InvalidRequestError | RateLimitedError | ServerError | SignedOut | UnauthorizedError]:
    """ Sign out

     Ends the session at once and clears the cookie. Needs the CSRF token, like every change.

    Args:
        x_persistly_csrf (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CsrfFailedError | RoleForbiddenError | InvalidRequestError | RateLimitedError | ServerError | SignedOut | UnauthorizedError]
     """


    kwargs = _get_kwargs(
        x_persistly_csrf=x_persistly_csrf,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    x_persistly_csrf: str | Unset = UNSET,

) -> CsrfFailedError | RoleForbiddenError | InvalidRequestError | RateLimitedError | ServerError | SignedOut | UnauthorizedError | None:
    """ Sign out

     Ends the session at once and clears the cookie. Needs the CSRF token, like every change.

    Args:
        x_persistly_csrf (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CsrfFailedError | RoleForbiddenError | InvalidRequestError | RateLimitedError | ServerError | SignedOut | UnauthorizedError
     """


    return (await asyncio_detailed(
        client=client,
x_persistly_csrf=x_persistly_csrf,

    )).parsed
