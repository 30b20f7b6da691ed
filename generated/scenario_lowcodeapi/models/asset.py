from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_edit_capabilities_item import AssetEditCapabilitiesItem
from ..models.asset_kind import AssetKind
from ..models.asset_privacy import AssetPrivacy
from ..models.asset_source import AssetSource
from ..models.asset_status import AssetStatus
from ..types import UNSET, Unset, missing_required

T = TypeVar("T", bound="Asset")


@_attrs_define
class Asset:
    metadata: AssetMetadata
    """ Metadata of the asset with some additional information """
    privacy: AssetPrivacy
    """ The privacy of the asset """
    mime_type: str
    """ The mime type of the asset (example: "image/png") """
    source: AssetSource
    """ source of the asset """
    owner_id: str
    """ The owner (project) ID (example: "proj_23tlk332lkht3kl2" or "team_dlkhgs23tlk3hlkth32lkht3kl2" for old
    teams) """
    created_at: str
    """ The asset creation date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    edit_capabilities: list[AssetEditCapabilitiesItem]
    """ List of edit capabilities """
    id: str
    """ The asset ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw") """
    updated_at: str
    """ The asset last update date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    kind: AssetKind
    """ The kind of asset """
    author_id: str
    """ The author user ID (example: "dcf121faaa1a0a0bbbd9ca1b73d62aea") """
    url: str
    """ Signed URL to get the asset content """
    tags: list[str]
    """ The associated tags (example: ["sci-fi", "landscape"]) """
    collection_ids: list[str]
    """ A list of CollectionId this asset belongs to """
    properties: AssetProperties
    """ The properties of the asset, content may depend on the kind of asset returned """
    status: AssetStatus
    """ The actual status """
    preview: ModelThumbnail | Unset = UNSET
    """ A thumbnail for your model """
    automatic_captioning: str | Unset = UNSET
    """ Automatic captioning of the asset """
    description: str | Unset = UNSET
    """ The description, it will contain in priority:
    - the manual description
    - the advanced captioning when the asset is used in training flow
    - the automatic captioning """
    first_frame: ModelThumbnail | Unset = UNSET
    """ A thumbnail for your model """
    embedding: list[float] | Unset = UNSET
    """ The embedding of the asset when requested.

    Only available when an asset can be embedded (ie: not Detection maps) """
    thumbnail: ModelThumbnail | Unset = UNSET
    """ A thumbnail for your model """
    nsfw: list[str] | Unset = UNSET
    """ The NSFW labels """
    last_frame: ModelThumbnail | Unset = UNSET
    """ A thumbnail for your model """
    output_index: float | Unset = UNSET
    """ The output index of the asset within a job
    This index is an positive integer that starts at 0
    It is used to differentiate between multiple outputs of the same job
    If the job has only one output, this index is 0 """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: Any = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        privacy: Any = UNSET
        if not isinstance(self.privacy, Unset):
            privacy = self.privacy.value

        mime_type: Any = UNSET
        if not isinstance(self.mime_type, Unset):
            mime_type = self.mime_type

        source: Any = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        owner_id: Any = UNSET
        if not isinstance(self.owner_id, Unset):
            owner_id = self.owner_id

        created_at: Any = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at

        edit_capabilities: Any = UNSET
        if not isinstance(self.edit_capabilities, Unset):
            edit_capabilities = []
            for edit_capabilities_item_data in self.edit_capabilities:
                edit_capabilities_item = edit_capabilities_item_data.value
                edit_capabilities.append(edit_capabilities_item)

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        updated_at: Any = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at

        kind: Any = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        author_id: Any = UNSET
        if not isinstance(self.author_id, Unset):
            author_id = self.author_id

        url: Any = UNSET
        if not isinstance(self.url, Unset):
            url = self.url

        tags: Any = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        collection_ids: Any = UNSET
        if not isinstance(self.collection_ids, Unset):
            collection_ids = self.collection_ids

        properties: Any = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        status: Any = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        preview: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preview, Unset):
            preview = self.preview.to_dict()

        automatic_captioning = self.automatic_captioning

        description = self.description

        first_frame: dict[str, Any] | Unset = UNSET
        if not isinstance(self.first_frame, Unset):
            first_frame = self.first_frame.to_dict()

        embedding: list[float] | Unset = UNSET
        if not isinstance(self.embedding, Unset):
            embedding = self.embedding

        thumbnail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail, Unset):
            thumbnail = self.thumbnail.to_dict()

        nsfw: list[str] | Unset = UNSET
        if not isinstance(self.nsfw, Unset):
            nsfw = self.nsfw

        last_frame: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_frame, Unset):
            last_frame = self.last_frame.to_dict()

        output_index = self.output_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "privacy": privacy,
                "mimeType": mime_type,
                "source": source,
                "ownerId": owner_id,
                "createdAt": created_at,
                "editCapabilities": edit_capabilities,
                "id": id,
                "updatedAt": updated_at,
                "kind": kind,
                "authorId": author_id,
                "url": url,
                "tags": tags,
                "collectionIds": collection_ids,
                "properties": properties,
                "status": status,
            }
        )
        if metadata is UNSET:
            del field_dict["metadata"]
        if privacy is UNSET:
            del field_dict["privacy"]
        if mime_type is UNSET:
            del field_dict["mimeType"]
        if source is UNSET:
            del field_dict["source"]
        if owner_id is UNSET:
            del field_dict["ownerId"]
        if created_at is UNSET:
            del field_dict["createdAt"]
        if edit_capabilities is UNSET:
            del field_dict["editCapabilities"]
        if id is UNSET:
            del field_dict["id"]
        if updated_at is UNSET:
            del field_dict["updatedAt"]
        if kind is UNSET:
            del field_dict["kind"]
        if author_id is UNSET:
            del field_dict["authorId"]
        if url is UNSET:
            del field_dict["url"]
        if tags is UNSET:
            del field_dict["tags"]
        if collection_ids is UNSET:
            del field_dict["collectionIds"]
        if properties is UNSET:
            del field_dict["properties"]
        if status is UNSET:
            del field_dict["status"]
        if preview is not UNSET:
            field_dict["preview"] = preview
        if automatic_captioning is not UNSET:
            field_dict["automaticCaptioning"] = automatic_captioning
        if description is not UNSET:
            field_dict["description"] = description
        if first_frame is not UNSET:
            field_dict["firstFrame"] = first_frame
        if embedding is not UNSET:
            field_dict["embedding"] = embedding
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if nsfw is not UNSET:
            field_dict["nsfw"] = nsfw
        if last_frame is not UNSET:
            field_dict["lastFrame"] = last_frame
        if output_index is not UNSET:
            field_dict["outputIndex"] = output_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _metadata_raw = d.pop("metadata", UNSET)
        metadata: AssetMetadata
        if isinstance(_metadata_raw, Unset):
            metadata = missing_required()
        else:
            metadata = AssetMetadata.from_dict(_metadata_raw)

        _privacy_raw = d.pop("privacy", UNSET)
        privacy: AssetPrivacy
        if isinstance(_privacy_raw, Unset):
            privacy = missing_required()
        else:
            privacy = AssetPrivacy(_privacy_raw)

        mime_type = d.pop("mimeType", UNSET)

        _source_raw = d.pop("source", UNSET)
        source: AssetSource
        if isinstance(_source_raw, Unset):
            source = missing_required()
        else:
            source = AssetSource(_source_raw)

        owner_id = d.pop("ownerId", UNSET)

        created_at = d.pop("createdAt", UNSET)

        _edit_capabilities_raw = d.pop("editCapabilities", UNSET)
        edit_capabilities: list[AssetEditCapabilitiesItem]
        if isinstance(_edit_capabilities_raw, Unset):
            edit_capabilities = missing_required()
        else:
            edit_capabilities = []
            _edit_capabilities = _edit_capabilities_raw
            for edit_capabilities_item_data in _edit_capabilities:
                edit_capabilities_item = AssetEditCapabilitiesItem(edit_capabilities_item_data)

                edit_capabilities.append(edit_capabilities_item)

        id = d.pop("id", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        _kind_raw = d.pop("kind", UNSET)
        kind: AssetKind
        if isinstance(_kind_raw, Unset):
            kind = missing_required()
        else:
            kind = AssetKind(_kind_raw)

        author_id = d.pop("authorId", UNSET)

        url = d.pop("url", UNSET)

        _tags_raw = d.pop("tags", UNSET)
        tags: list[str]
        if isinstance(_tags_raw, Unset):
            tags = missing_required()
        else:
            tags = cast(list[str], _tags_raw)

        _collection_ids_raw = d.pop("collectionIds", UNSET)
        collection_ids: list[str]
        if isinstance(_collection_ids_raw, Unset):
            collection_ids = missing_required()
        else:
            collection_ids = cast(list[str], _collection_ids_raw)

        _properties_raw = d.pop("properties", UNSET)
        properties: AssetProperties
        if isinstance(_properties_raw, Unset):
            properties = missing_required()
        else:
            properties = AssetProperties.from_dict(_properties_raw)

        _status_raw = d.pop("status", UNSET)
        status: AssetStatus
        if isinstance(_status_raw, Unset):
            status = missing_required()
        else:
            status = AssetStatus(_status_raw)

        _preview = d.pop("preview", UNSET)
        preview: ModelThumbnail | Unset
        if isinstance(_preview, Unset):
            preview = UNSET
        else:
            preview = ModelThumbnail.from_dict(_preview)

        automatic_captioning = d.pop("automaticCaptioning", UNSET)

        description = d.pop("description", UNSET)

        _first_frame = d.pop("firstFrame", UNSET)
        first_frame: ModelThumbnail | Unset
        if isinstance(_first_frame, Unset):
            first_frame = UNSET
        else:
            first_frame = ModelThumbnail.from_dict(_first_frame)

        embedding = cast(list[float], d.pop("embedding", UNSET))

        _thumbnail = d.pop("thumbnail", UNSET)
        thumbnail: ModelThumbnail | Unset
        if isinstance(_thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = ModelThumbnail.from_dict(_thumbnail)

        nsfw = cast(list[str], d.pop("nsfw", UNSET))

        _last_frame = d.pop("lastFrame", UNSET)
        last_frame: ModelThumbnail | Unset
        if isinstance(_last_frame, Unset):
            last_frame = UNSET
        else:
            last_frame = ModelThumbnail.from_dict(_last_frame)

        output_index = d.pop("outputIndex", UNSET)

        asset = cls(
            metadata=metadata,
            privacy=privacy,
            mime_type=mime_type,
            source=source,
            owner_id=owner_id,
            created_at=created_at,
            edit_capabilities=edit_capabilities,
            id=id,
            updated_at=updated_at,
            kind=kind,
            author_id=author_id,
            url=url,
            tags=tags,
            collection_ids=collection_ids,
            properties=properties,
            status=status,
            preview=preview,
            automatic_captioning=automatic_captioning,
            description=description,
            first_frame=first_frame,
            embedding=embedding,
            thumbnail=thumbnail,
            nsfw=nsfw,
            last_frame=last_frame,
            output_index=output_index,
        )

        asset.additional_properties = d
        return asset

    def __repr__(self) -> str:
        from .._model_repr import model_repr  # noqa: PLC0415

        return model_repr(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class: models refer to each other, and importing here breaks the cycle without
# paying for a function-level import on every from_dict()/to_dict() call.
from ..models.asset_metadata import AssetMetadata
from ..models.asset_properties import AssetProperties
from ..models.model_thumbnail import ModelThumbnail
