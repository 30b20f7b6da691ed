"""Endpoint functions of the ``tags`` resource, one module per operation:

- ``list_tags`` (GET)

Each module has ``sync``, ``sync_detailed``, ``sync_raw`` and their ``asyncio`` twins. Most code calls the
resource client instead: ``Scenario().tags``.
"""
