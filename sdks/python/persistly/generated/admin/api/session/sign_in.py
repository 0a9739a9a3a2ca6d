from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.admin_session import AdminSession
from ...models.invalid_request_error import InvalidRequestError
from ...models.payload_too_large_error import PayloadTooLargeError
from ...models.rate_limited_error import RateLimitedError
from ...models.server_error import ServerError
from ...models.service_unavailable_error import ServiceUnavailableError
from ...models.sign_in_request import SignInRequest
from ...models.unauthorized_error import UnauthorizedError
from ...models.unsupported_media_type_error import UnsupportedMediaTypeError
from typing import cast



def _get_kwargs(
    *,
    body: SignInRequest,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/admin/v1/session",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AdminSession | InvalidRequestError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError | None:
    if response.status_code == 200:
        response_200 = AdminSession.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = InvalidRequestError.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedError.from_dict(response.json())



        return response_401

    if response.status_code == 413:
        response_413 = PayloadTooLargeError.from_dict(response.json())



        return response_413

    if response.status_code == 415:
        response_415 = UnsupportedMediaTypeError.from_dict(response.json())



        return response_415

    if response.status_code == 429:
        response_429 = RateLimitedError.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AdminSession | InvalidRequestError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SignInRequest,

) -> Response[AdminSession | InvalidRequestError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError]:
    """ Sign in with email and password

     Checks the password (scrypt, memory-hard) and starts a **fresh** session: the answer sets the
    `persistly_admin` cookie (a cookie the client brought is never reused, and its session ends) and
    returns the CSRF token every change must send back in `X-Persistly-CSRF`. A wrong email and a wrong
    password get the same answer in the same time. Sign-ins are limited per email (5) and per client
    address (30) in 15 minutes, counted when the attempt arrives, before its password is checked (so
    concurrent attempts cannot outrun the limit); a successful sign-in gives its attempt back and clears
    its email's count, so only failures spend the budgets. Past them, 429 with `Retry-After`, whatever
    the password. Password checks run a few at a time per process; beyond a short queue, 503
    `unavailable` (`password_hashing_busy`) at once. Takes no idempotency key: a retried sign-in signs
    in again, and the unused session idles out. Sessions are not changes, so sign-ins are not in the
    audit log.

    Args:
        body (SignInRequest): A member's email and password.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdminSession | InvalidRequestError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SignInRequest,

) -> AdminSession | InvalidRequestError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError | None:
    """ Sign in with email and password

     Checks the password (scrypt, memory-hard) and starts a **fresh** session: the answer sets the
    `persistly_admin` cookie (a cookie the client brought is never reused, and its session ends) and
    returns the CSRF token every change must send back in `X-Persistly-CSRF`. A wrong email and a wrong
    password get the same answer in the same time. Sign-ins are limited per email (5) and per client
    address (30) in 15 minutes, counted when the attempt arrives, before its password is checked (so
    concurrent attempts cannot outrun the limit); a successful sign-in gives its attempt back and clears
    its email's count, so only failures spend the budgets. Past them, 429 with `Retry-After`, whatever
    the password. Password checks run a few at a time per process; beyond a short queue, 503
    `unavailable` (`password_hashing_busy`) at once. Takes no idempotency key: a retried sign-in signs
    in again, and the unused session idles out. Sessions are not changes, so sign-ins are not in the
    audit log.

    Args:
        body (SignInRequest): A member's email and password.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdminSession | InvalidRequestError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SignInRequest,

) -> Response[AdminSession | InvalidRequestError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError]:
    """ Sign in with email and password

     Checks the password (scrypt, memory-hard) and starts a **fresh** session: the answer sets the
    `persistly_admin` cookie (a cookie the client brought is never reused, and its session ends) and
    returns the CSRF token every change must send back in `X-Persistly-CSRF`. A wrong email and a wrong
    password get the same answer in the same time. Sign-ins are limited per email (5) and per client
    address (30) in 15 minutes, counted when the attempt arrives, before its password is checked (so
    concurrent attempts cannot outrun the limit); a successful sign-in gives its attempt back and clears
    its email's count, so only failures spend the budgets. Past them, 429 with `Retry-After`, whatever
    the password. Password checks run a few at a time per process; beyond a short queue, 503
    `unavailable` (`password_hashing_busy`) at once. Takes no idempotency key: a retried sign-in signs
    in again, and the unused session idles out. Sessions are not changes, so sign-ins are not in the
    audit log.

    Args:
        body (SignInRequest): A member's email and password.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdminSession | InvalidRequestError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SignInRequest,

) -> AdminSession | InvalidRequestError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError | None:
    """ Sign in with email and password

     Checks the password (scrypt, memory-hard) and starts a **fresh** session: the answer sets the
    `persistly_admin` cookie (a cookie the client brought is never reused, and its session ends) and
    returns the CSRF token every change must send back in `X-Persistly-CSRF`. A wrong email and a wrong
    password get the same answer in the same time. Sign-ins are limited per email (5) and per client
    address (30) in 15 minutes, counted when the attempt arrives, before its password is checked (so
    concurrent attempts cannot outrun the limit); a successful sign-in gives its attempt back and clears
    its email's count, so only failures spend the budgets. Past them, 429 with `Retry-After`, whatever
    the password. Password checks run a few at a time per process; beyond a short queue, 503
    `unavailable` (`password_hashing_busy`) at once. Takes no idempotency key: a retried sign-in signs
    in again, and the unused session idles out. Sessions are not changes, so sign-ins are not in the
    audit log.

    Args:
        body (SignInRequest): A member's email and password.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdminSession | InvalidRequestError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
