from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.accept_invitation_request import AcceptInvitationRequest
from ...models.accepted_invitation import AcceptedInvitation
from ...models.invalid_request_error import InvalidRequestError
from ...models.not_found_error import NotFoundError
from ...models.payload_too_large_error import PayloadTooLargeError
from ...models.rate_limited_error import RateLimitedError
from ...models.server_error import ServerError
from ...models.service_unavailable_error import ServiceUnavailableError
from ...models.unauthorized_error import UnauthorizedError
from ...models.unsupported_media_type_error import UnsupportedMediaTypeError
from typing import cast



def _get_kwargs(
    *,
    body: AcceptInvitationRequest,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/admin/v1/invitations/accept",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AcceptedInvitation | InvalidRequestError | NotFoundError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError | None:
    if response.status_code == 200:
        response_200 = AcceptedInvitation.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AcceptedInvitation | InvalidRequestError | NotFoundError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AcceptInvitationRequest,

) -> Response[AcceptedInvitation | InvalidRequestError | NotFoundError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError]:
    """ Accept an invitation to a studio

     Accepts the invitation a studio's owner handed over: someone new chooses their password here;
    someone who already has an operator account gives their own password, which proves it is them. The
    membership becomes active and the person signs in as usual (signIn). A code works once and for 7
    days; an unknown, used or expired one is 404. Attempts count against the invited email's and the
    address's sign-in budgets, before the password is checked (429 past them), and password checks are
    bounded as signIn's are (503 `password_hashing_busy`). Takes no idempotency key: a code is single-
    use, so a retried acceptance answers 404. The acceptance is in the audit log, as the member.

    Args:
        body (AcceptInvitationRequest): The invitation code, and the password: the one to choose
            for someone new, or their own for someone who already has an operator account (which
            proves it is them).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcceptedInvitation | InvalidRequestError | NotFoundError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError]
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
    body: AcceptInvitationRequest,

) -> AcceptedInvitation | InvalidRequestError | NotFoundError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError | None:
    """ Accept an invitation to a studio

     Accepts the invitation a studio's owner handed over: someone new chooses their password here;
    someone who already has an operator account gives their own password, which proves it is them. The
    membership becomes active and the person signs in as usual (signIn). A code works once and for 7
    days; an unknown, used or expired one is 404. Attempts count against the invited email's and the
    address's sign-in budgets, before the password is checked (429 past them), and password checks are
    bounded as signIn's are (503 `password_hashing_busy`). Takes no idempotency key: a code is single-
    use, so a retried acceptance answers 404. The acceptance is in the audit log, as the member.

    Args:
        body (AcceptInvitationRequest): The invitation code, and the password: the one to choose
            for someone new, or their own for someone who already has an operator account (which
            proves it is them).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcceptedInvitation | InvalidRequestError | NotFoundError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AcceptInvitationRequest,

) -> Response[AcceptedInvitation | InvalidRequestError | NotFoundError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError]:
    """ Accept an invitation to a studio

     Accepts the invitation a studio's owner handed over: someone new chooses their password here;
    someone who already has an operator account gives their own password, which proves it is them. The
    membership becomes active and the person signs in as usual (signIn). A code works once and for 7
    days; an unknown, used or expired one is 404. Attempts count against the invited email's and the
    address's sign-in budgets, before the password is checked (429 past them), and password checks are
    bounded as signIn's are (503 `password_hashing_busy`). Takes no idempotency key: a code is single-
    use, so a retried acceptance answers 404. The acceptance is in the audit log, as the member.

    Args:
        body (AcceptInvitationRequest): The invitation code, and the password: the one to choose
            for someone new, or their own for someone who already has an operator account (which
            proves it is them).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcceptedInvitation | InvalidRequestError | NotFoundError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError]
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
    body: AcceptInvitationRequest,

) -> AcceptedInvitation | InvalidRequestError | NotFoundError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError | None:
    """ Accept an invitation to a studio

     Accepts the invitation a studio's owner handed over: someone new chooses their password here;
    someone who already has an operator account gives their own password, which proves it is them. The
    membership becomes active and the person signs in as usual (signIn). A code works once and for 7
    days; an unknown, used or expired one is 404. Attempts count against the invited email's and the
    address's sign-in budgets, before the password is checked (429 past them), and password checks are
    bounded as signIn's are (503 `password_hashing_busy`). Takes no idempotency key: a code is single-
    use, so a retried acceptance answers 404. The acceptance is in the audit log, as the member.

    Args:
        body (AcceptInvitationRequest): The invitation code, and the password: the one to choose
            for someone new, or their own for someone who already has an operator account (which
            proves it is them).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcceptedInvitation | InvalidRequestError | NotFoundError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
