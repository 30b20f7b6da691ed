"""Endpoint functions of the ``inferences`` resource, one module per operation:

- ``create_inference`` (POST)
- ``delete_all_inferences`` (DELETE)
- ``delete_inference`` (DELETE)
- ``delete_inference_image`` (DELETE)
- ``delete_inferences`` (DELETE)
- ``get_inference`` (GET)
- ``get_inference_image`` (GET)
- ``list_inferences`` (GET)
- ``list_model_inferences`` (GET)

Each module has ``sync``, ``sync_detailed``, ``sync_raw`` and their ``asyncio`` twins. Most code calls the
resource client instead: ``Scenario().inferences``.
"""
