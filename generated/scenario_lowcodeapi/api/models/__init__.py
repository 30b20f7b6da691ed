"""Endpoint functions of the ``models`` resource, one module per operation:

- ``add_training_image`` (POST)
- ``copy_model`` (POST)
- ``create_model`` (POST)
- ``delete_model`` (DELETE)
- ``delete_model_images`` (DELETE)
- ``delete_training_image`` (DELETE)
- ``get_model`` (GET)
- ``list_model_categories`` (GET)
- ``list_model_classes`` (GET)
- ``list_models`` (GET)
- ``train_model`` (PUT)
- ``transfer_model`` (POST)
- ``update_model`` (PUT)

Each module has ``sync``, ``sync_detailed``, ``sync_raw`` and their ``asyncio`` twins. Most code calls the
resource client instead: ``Scenario().models``.
"""
