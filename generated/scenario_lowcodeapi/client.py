"""The client every operation takes: ``Client(api_token=..., base_url=..., ...)``.

It lives in the hand-written runtime (``_base_client.py``); this module keeps the import path
openapi-python-client users expect.
"""

from ._base_client import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, Client

AuthenticatedClient = Client
"""Alias kept for code written against stock openapi-python-client output: LowCodeAPI always needs the token."""

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "AuthenticatedClient", "Client"]
