"""Endpoint functions of the ``usages`` resource, one module per operation:

- ``get_usages`` (GET)

Each module has ``sync``, ``sync_detailed``, ``sync_raw`` and their ``asyncio`` twins. Most code calls the
resource client instead: ``Scenario().usages``.
"""
