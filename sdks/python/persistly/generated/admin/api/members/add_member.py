from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.add_member_request import AddMemberRequest
from ...models.added_member import AddedMember
from ...models.csrf_failed_error import CsrfFailedError
from ...models.idempotency_conflict_error import IdempotencyConflictError
from ...models.idempotency_in_progress_error import IdempotencyInProgressError
from ...models.invalid_request_error import InvalidRequestError
from ...models.member_exists_error import MemberExistsError
from ...models.not_found_error import NotFoundError
from ...models.payload_too_large_error import PayloadTooLargeError
from ...models.rate_limited_error import RateLimitedError
from ...models.role_forbidden_error import RoleForbiddenError
from ...models.server_error import ServerError
from ...models.service_unavailable_error import ServiceUnavailableError
from ...models.unauthorized_error import UnauthorizedError
from ...models.unsupported_media_type_error import UnsupportedMediaTypeError
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID



def _get_kwargs(
    studio_id: UUID,
    *,
    body: AddMemberRequest,
    x_persistly_csrf: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_persistly_csrf, Unset):
        headers["X-Persistly-CSRF"] = x_persistly_csrf

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/admin/v1/studios/{studio_id}/members".format(studio_id=quote(str(studio_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AddedMember | CsrfFailedError | RoleForbiddenError | IdempotencyConflictError | IdempotencyInProgressError | MemberExistsError | InvalidRequestError | NotFoundError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError | None:
    if response.status_code == 201:
        response_201 = AddedMember.from_dict(response.json())



        return response_201

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

    if response.status_code == 404:
        response_404 = NotFoundError.from_dict(response.json())



        return response_404

    if response.status_code == 409:
        def _parse_response_409(data: object) -> IdempotencyConflictError | IdempotencyInProgressError | MemberExistsError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_add_member_conflict_error_type_0 = MemberExistsError.from_dict(data)



                return componentsschemas_add_member_conflict_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_add_member_conflict_error_type_1 = IdempotencyConflictError.from_dict(data)



                return componentsschemas_add_member_conflict_error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_add_member_conflict_error_type_2 = IdempotencyInProgressError.from_dict(data)



            return componentsschemas_add_member_conflict_error_type_2

        response_409 = _parse_response_409(response.json())

        return response_409

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AddedMember | CsrfFailedError | RoleForbiddenError | IdempotencyConflictError | IdempotencyInProgressError | MemberExistsError | InvalidRequestError | NotFoundError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    studio_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AddMemberRequest,
    x_persistly_csrf: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Response[AddedMember | CsrfFailedError | RoleForbiddenError | IdempotencyConflictError | IdempotencyInProgressError | MemberExistsError | InvalidRequestError | NotFoundError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError]:
    """ Invite a member (owners)

     Owners only. Invites a person by email with a role: the membership waits (`status: invited`) until
    they accept with the code returned here **once** (acceptInvitation, within 7 days), so nobody is
    attached to a studio without their consent. The answer is the same whether or not the email already
    has an operator account, so it tells nobody who is an operator where. Audited.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        x_persistly_csrf (str | Unset):
        idempotency_key (str | Unset): A key for this request, chosen by the client: at least 16
            characters from `A–Z a–z 0–9 _ -` — a UUID, or 16 random bytes in hex (what the official
            SDKs send). Make it random: the key is what tells one device's retry from another device's
            first request, and on operations that need only the runtime key (which ships in every
            build of the game) another device that sends the same key and body would be given the
            first device's answer. A retry with the same key and the same body gets the stored
            response with `Idempotent-Replay: true` and no second effect; the same key with a
            different body is 409 `idempotency_conflict`. Keys are scoped to the environment, the API
            key and the account (the session's account, or the `accountId` in the path), and kept 24
            hours. A weaker key is refused with 400 `invalid_request`.
        body (AddMemberRequest): Who to invite, and their role. Nobody is added without their
            consent: the person accepts with the invitation code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddedMember | CsrfFailedError | RoleForbiddenError | IdempotencyConflictError | IdempotencyInProgressError | MemberExistsError | InvalidRequestError | NotFoundError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError]
     """


    kwargs = _get_kwargs(
        studio_id=studio_id,
body=body,
x_persistly_csrf=x_persistly_csrf,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    studio_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AddMemberRequest,
    x_persistly_csrf: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> AddedMember | CsrfFailedError | RoleForbiddenError | IdempotencyConflictError | IdempotencyInProgressError | MemberExistsError | InvalidRequestError | NotFoundError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError | None:
    """ Invite a member (owners)

     Owners only. Invites a person by email with a role: the membership waits (`status: invited`) until
    they accept with the code returned here **once** (acceptInvitation, within 7 days), so nobody is
    attached to a studio without their consent. The answer is the same whether or not the email already
    has an operator account, so it tells nobody who is an operator where. Audited.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        x_persistly_csrf (str | Unset):
        idempotency_key (str | Unset): A key for this request, chosen by the client: at least 16
            characters from `A–Z a–z 0–9 _ -` — a UUID, or 16 random bytes in hex (what the official
            SDKs send). Make it random: the key is what tells one device's retry from another device's
            first request, and on operations that need only the runtime key (which ships in every
            build of the game) another device that sends the same key and body would be given the
            first device's answer. A retry with the same key and the same body gets the stored
            response with `Idempotent-Replay: true` and no second effect; the same key with a
            different body is 409 `idempotency_conflict`. Keys are scoped to the environment, the API
            key and the account (the session's account, or the `accountId` in the path), and kept 24
            hours. A weaker key is refused with 400 `invalid_request`.
        body (AddMemberRequest): Who to invite, and their role. Nobody is added without their
            consent: the person accepts with the invitation code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddedMember | CsrfFailedError | RoleForbiddenError | IdempotencyConflictError | IdempotencyInProgressError | MemberExistsError | InvalidRequestError | NotFoundError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError
     """


    return sync_detailed(
        studio_id=studio_id,
client=client,
body=body,
x_persistly_csrf=x_persistly_csrf,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    studio_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AddMemberRequest,
    x_persistly_csrf: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Response[AddedMember | CsrfFailedError | RoleForbiddenError | IdempotencyConflictError | IdempotencyInProgressError | MemberExistsError | InvalidRequestError | NotFoundError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError]:
    """ Invite a member (owners)

     Owners only. Invites a person by email with a role: the membership waits (`status: invited`) until
    they accept with the code returned here **once** (acceptInvitation, within 7 days), so nobody is
    attached to a studio without their consent. The answer is the same whether or not the email already
    has an operator account, so it tells nobody who is an operator where. Audited.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        x_persistly_csrf (str | Unset):
        idempotency_key (str | Unset): A key for this request, chosen by the client: at least 16
            characters from `A–Z a–z 0–9 _ -` — a UUID, or 16 random bytes in hex (what the official
            SDKs send). Make it random: the key is what tells one device's retry from another device's
            first request, and on operations that need only the runtime key (which ships in every
            build of the game) another device that sends the same key and body would be given the
            first device's answer. A retry with the same key and the same body gets the stored
            response with `Idempotent-Replay: true` and no second effect; the same key with a
            different body is 409 `idempotency_conflict`. Keys are scoped to the environment, the API
            key and the account (the session's account, or the `accountId` in the path), and kept 24
            hours. A weaker key is refused with 400 `invalid_request`.
        body (AddMemberRequest): Who to invite, and their role. Nobody is added without their
            consent: the person accepts with the invitation code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddedMember | CsrfFailedError | RoleForbiddenError | IdempotencyConflictError | IdempotencyInProgressError | MemberExistsError | InvalidRequestError | NotFoundError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError]
     """


    kwargs = _get_kwargs(
        studio_id=studio_id,
body=body,
x_persistly_csrf=x_persistly_csrf,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    studio_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AddMemberRequest,
    x_persistly_csrf: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> AddedMember | CsrfFailedError | RoleForbiddenError | IdempotencyConflictError | IdempotencyInProgressError | MemberExistsError | InvalidRequestError | NotFoundError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError | None:
    """ Invite a member (owners)

     Owners only. Invites a person by email with a role: the membership waits (`status: invited`) until
    they accept with the code returned here **once** (acceptInvitation, within 7 days), so nobody is
    attached to a studio without their consent. The answer is the same whether or not the email already
    has an operator account, so it tells nobody who is an operator where. Audited.

    Args:
        studio_id (UUID): A studio (a workspace in the operator CLI).
        x_persistly_csrf (str | Unset):
        idempotency_key (str | Unset): A key for this request, chosen by the client: at least 16
            characters from `A–Z a–z 0–9 _ -` — a UUID, or 16 random bytes in hex (what the official
            SDKs send). Make it random: the key is what tells one device's retry from another device's
            first request, and on operations that need only the runtime key (which ships in every
            build of the game) another device that sends the same key and body would be given the
            first device's answer. A retry with the same key and the same body gets the stored
            response with `Idempotent-Replay: true` and no second effect; the same key with a
            different body is 409 `idempotency_conflict`. Keys are scoped to the environment, the API
            key and the account (the session's account, or the `accountId` in the path), and kept 24
            hours. A weaker key is refused with 400 `invalid_request`.
        body (AddMemberRequest): Who to invite, and their role. Nobody is added without their
            consent: the person accepts with the invitation code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddedMember | CsrfFailedError | RoleForbiddenError | IdempotencyConflictError | IdempotencyInProgressError | MemberExistsError | InvalidRequestError | NotFoundError | PayloadTooLargeError | RateLimitedError | ServerError | ServiceUnavailableError | UnauthorizedError | UnsupportedMediaTypeError
     """


    return (await asyncio_detailed(
        studio_id=studio_id,
client=client,
body=body,
x_persistly_csrf=x_persistly_csrf,
idempotency_key=idempotency_key,

    )).parsed
