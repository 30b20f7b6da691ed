"""Endpoint functions of the ``images`` resource, one module per operation:

- ``erase_background`` (PUT)
- ``pixelate_image`` (PUT)
- ``remove_background`` (PUT)
- ``upscale_image`` (PUT)

Each module has ``sync``, ``sync_detailed``, ``sync_raw`` and their ``asyncio`` twins. Most code calls the
resource client instead: ``Scenario().images``.
"""
