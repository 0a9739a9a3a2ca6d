from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.get_iap_purchase_environment import GetIapPurchaseEnvironment
from ...models.get_iap_purchase_store import GetIapPurchaseStore
from ...models.iap_purchase import IapPurchase
from ...models.invalid_request_error import InvalidRequestError
from ...models.not_found_error import NotFoundError
from ...models.rate_limited_error import RateLimitedError
from ...models.server_error import ServerError
from ...models.unauthorized_error import UnauthorizedError
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    store: GetIapPurchaseStore,
    transaction_id: str,
    *,
    environment: GetIapPurchaseEnvironment | Unset = GetIapPurchaseEnvironment.PRODUCTION,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_environment: str | Unset = UNSET
    if not isinstance(environment, Unset):
        json_environment = environment.value

    params["environment"] = json_environment


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/server/v1/iap/purchases/{store}/{transaction_id}".format(store=quote(str(store), safe=""),transaction_id=quote(str(transaction_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> IapPurchase | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError | None:
    if response.status_code == 200:
        response_200 = IapPurchase.from_dict(response.json())



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
        response_429 = RateLimitedError.from_dict(response.json())



        return response_429

    if response.status_code == 500:
        response_500 = ServerError.from_dict(response.json())



        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[IapPurchase | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    store: GetIapPurchaseStore,
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    environment: GetIapPurchaseEnvironment | Unset = GetIapPurchaseEnvironment.PRODUCTION,

) -> Response[IapPurchase | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]:
    """ Look up an in-app purchase

     The fulfilled transaction, what it gave, and its refund if any.

    Args:
        store (GetIapPurchaseStore):
        transaction_id (str): The store's transaction id (printable ASCII, no spaces).
        environment (GetIapPurchaseEnvironment | Unset):  Default:
            GetIapPurchaseEnvironment.PRODUCTION.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IapPurchase | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]
     """


    kwargs = _get_kwargs(
        store=store,
transaction_id=transaction_id,
environment=environment,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    store: GetIapPurchaseStore,
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    environment: GetIapPurchaseEnvironment | Unset = GetIapPurchaseEnvironment.PRODUCTION,

) -> IapPurchase | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError | None:
    """ Look up an in-app purchase

     The fulfilled transaction, what it gave, and its refund if any.

    Args:
        store (GetIapPurchaseStore):
        transaction_id (str): The store's transaction id (printable ASCII, no spaces).
        environment (GetIapPurchaseEnvironment | Unset):  Default:
            GetIapPurchaseEnvironment.PRODUCTION.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IapPurchase | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError
     """


    return sync_detailed(
        store=store,
transaction_id=transaction_id,
client=client,
environment=environment,

    ).parsed

async def asyncio_detailed(
    store: GetIapPurchaseStore,
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    environment: GetIapPurchaseEnvironment | Unset = GetIapPurchaseEnvironment.PRODUCTION,

) -> Response[IapPurchase | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]:
    """ Look up an in-app purchase

     The fulfilled transaction, what it gave, and its refund if any.

    Args:
        store (GetIapPurchaseStore):
        transaction_id (str): The store's transaction id (printable ASCII, no spaces).
        environment (GetIapPurchaseEnvironment | Unset):  Default:
            GetIapPurchaseEnvironment.PRODUCTION.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IapPurchase | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError]
     """


    kwargs = _get_kwargs(
        store=store,
transaction_id=transaction_id,
environment=environment,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    store: GetIapPurchaseStore,
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    environment: GetIapPurchaseEnvironment | Unset = GetIapPurchaseEnvironment.PRODUCTION,

) -> IapPurchase | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError | None:
    """ Look up an in-app purchase

     The fulfilled transaction, what it gave, and its refund if any.

    Args:
        store (GetIapPurchaseStore):
        transaction_id (str): The store's transaction id (printable ASCII, no spaces).
        environment (GetIapPurchaseEnvironment | Unset):  Default:
            GetIapPurchaseEnvironment.PRODUCTION.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IapPurchase | InvalidRequestError | NotFoundError | RateLimitedError | ServerError | UnauthorizedError
     """


    return (await asyncio_detailed(
        store=store,
transaction_id=transaction_id,
client=client,
environment=environment,

    )).parsed
