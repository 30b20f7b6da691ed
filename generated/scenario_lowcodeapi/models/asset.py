from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..models.asset_edit_capabilities_item import AssetEditCapabilitiesItem
from ..models.asset_kind import AssetKind
from ..models.asset_privacy import AssetPrivacy
from ..models.asset_source import AssetSource
from ..models.asset_status import AssetStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:  # imported on the first read of a field parsed on first read (see the end of the module)
    from ..models.asset_metadata import AssetMetadata
    from ..models.asset_properties import AssetProperties
    from ..models.model_thumbnail import ModelThumbnail


T = TypeVar("T", bound="Asset")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "preview",
        "metadata",
        "automaticCaptioning",
        "description",
        "privacy",
        "mimeType",
        "source",
        "ownerId",
        "createdAt",
        "firstFrame",
        "editCapabilities",
        "embedding",
        "updatedAt",
        "thumbnail",
        "nsfw",
        "kind",
        "lastFrame",
        "authorId",
        "url",
        "tags",
        "outputIndex",
        "collectionIds",
        "properties",
        "status",
    )
)


@_attrs_define
class Asset:
    id: str
    """ The asset ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw") """
    preview: ModelThumbnail | Unset = UNSET
    """ A thumbnail for your model """
    metadata: AssetMetadata | Unset = UNSET
    """ Metadata of the asset with some additional information """
    automatic_captioning: str | Unset = UNSET
    """ Automatic captioning of the asset """
    description: str | Unset = UNSET
    """ The description, it will contain in priority:
    - the manual description
    - the advanced captioning when the asset is used in training flow
    - the automatic captioning """
    privacy: AssetPrivacy | Unset = UNSET
    """ The privacy of the asset """
    mime_type: str | Unset = UNSET
    """ The mime type of the asset (example: "image/png") """
    source: AssetSource | Unset = UNSET
    """ source of the asset """
    owner_id: str | Unset = UNSET
    """ The owner (project) ID (example: "proj_23tlk332lkht3kl2" or "team_dlkhgs23tlk3hlkth32lkht3kl2" for old
    teams) """
    created_at: str | Unset = UNSET
    """ The asset creation date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    first_frame: ModelThumbnail | Unset = UNSET
    """ A thumbnail for your model """
    edit_capabilities: list[AssetEditCapabilitiesItem] | Unset = UNSET
    """ List of edit capabilities """
    embedding: list[float] | Unset = UNSET
    """ The embedding of the asset when requested.

    Only available when an asset can be embedded (ie: not Detection maps) """
    updated_at: str | Unset = UNSET
    """ The asset last update date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    thumbnail: ModelThumbnail | Unset = UNSET
    """ A thumbnail for your model """
    nsfw: list[str] | Unset = UNSET
    """ The NSFW labels """
    kind: AssetKind | Unset = UNSET
    """ The kind of asset """
    last_frame: ModelThumbnail | Unset = UNSET
    """ A thumbnail for your model """
    author_id: str | Unset = UNSET
    """ The author user ID (example: "dcf121faaa1a0a0bbbd9ca1b73d62aea") """
    url: str | Unset = UNSET
    """ Signed URL to get the asset content """
    tags: list[str] | Unset = UNSET
    """ The associated tags (example: ["sci-fi", "landscape"]) """
    output_index: float | Unset = UNSET
    """ The output index of the asset within a job
    This index is an positive integer that starts at 0
    It is used to differentiate between multiple outputs of the same job
    If the job has only one output, this index is 0 """
    collection_ids: list[str] | Unset = UNSET
    """ A list of CollectionId this asset belongs to """
    properties: AssetProperties | Unset = UNSET
    """ The properties of the asset, content may depend on the kind of asset returned """
    status: AssetStatus | Unset = UNSET
    """ The actual status """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        preview: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preview, Unset):
            preview = self.preview.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        automatic_captioning = self.automatic_captioning

        description = self.description

        privacy: str | Unset = UNSET
        if not isinstance(self.privacy, Unset):
            privacy = str(self.privacy)

        mime_type = self.mime_type

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = str(self.source)

        owner_id = self.owner_id

        created_at = self.created_at

        first_frame: dict[str, Any] | Unset = UNSET
        if not isinstance(self.first_frame, Unset):
            first_frame = self.first_frame.to_dict()

        edit_capabilities: list[str] | Unset = UNSET
        if not isinstance(self.edit_capabilities, Unset):
            edit_capabilities = []
            for edit_capabilities_item_data in self.edit_capabilities:
                edit_capabilities_item = str(edit_capabilities_item_data)
                edit_capabilities.append(edit_capabilities_item)

        embedding: list[float] | Unset = UNSET
        if not isinstance(self.embedding, Unset):
            embedding = self.embedding

        updated_at = self.updated_at

        thumbnail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail, Unset):
            thumbnail = self.thumbnail.to_dict()

        nsfw: list[str] | Unset = UNSET
        if not isinstance(self.nsfw, Unset):
            nsfw = self.nsfw

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = str(self.kind)

        last_frame: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_frame, Unset):
            last_frame = self.last_frame.to_dict()

        author_id = self.author_id

        url = self.url

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        output_index = self.output_index

        collection_ids: list[str] | Unset = UNSET
        if not isinstance(self.collection_ids, Unset):
            collection_ids = self.collection_ids

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = str(self.status)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if id is UNSET:
            del field_dict["id"]
        if preview is not UNSET:
            field_dict["preview"] = preview
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if automatic_captioning is not UNSET:
            field_dict["automaticCaptioning"] = automatic_captioning
        if description is not UNSET:
            field_dict["description"] = description
        if privacy is not UNSET:
            field_dict["privacy"] = privacy
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if source is not UNSET:
            field_dict["source"] = source
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if first_frame is not UNSET:
            field_dict["firstFrame"] = first_frame
        if edit_capabilities is not UNSET:
            field_dict["editCapabilities"] = edit_capabilities
        if embedding is not UNSET:
            field_dict["embedding"] = embedding
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if nsfw is not UNSET:
            field_dict["nsfw"] = nsfw
        if kind is not UNSET:
            field_dict["kind"] = kind
        if last_frame is not UNSET:
            field_dict["lastFrame"] = last_frame
        if author_id is not UNSET:
            field_dict["authorId"] = author_id
        if url is not UNSET:
            field_dict["url"] = url
        if tags is not UNSET:
            field_dict["tags"] = tags
        if output_index is not UNSET:
            field_dict["outputIndex"] = output_index
        if collection_ids is not UNSET:
            field_dict["collectionIds"] = collection_ids
        if properties is not UNSET:
            field_dict["properties"] = properties
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from Scenario's JSON. Nulls count as absent; a value of the wrong type stays raw in
        ``additional_properties``; raises ``PayloadError`` (a ValueError naming the JSON path) only when a
        field typed without ``| Unset`` cannot be filled.

        Nested models are parsed on the first read of their field, from the objects and arrays of
        ``src_dict``: change those only after that read.
        """
        d = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise _p.not_object(d)
        bad: list[str] | None = None
        id: str
        _v = d.get("id")
        if _v is None:
            raise _p.missing("id")
        elif isinstance(_v, str):
            id = _v
        else:
            raise _p.wrong("id", _v, "a string")

        preview: Any  # ModelThumbnail | Unset, or the dict as sent: parsed on first read
        _v = d.get("preview")
        if _v is None:
            preview = UNSET
        elif _v.__class__ is dict:
            preview = _v
        elif isinstance(_v, Mapping):
            preview = dict(_v)
        else:
            preview = UNSET
            bad = _p.note(bad, "preview")

        metadata: Any  # AssetMetadata | Unset, or the dict as sent: parsed on first read
        _v = d.get("metadata")
        if _v is None:
            metadata = UNSET
        elif _v.__class__ is dict:
            metadata = _v
        elif isinstance(_v, Mapping):
            metadata = dict(_v)
        else:
            metadata = UNSET
            bad = _p.note(bad, "metadata")

        automatic_captioning: str | Unset
        _v = d.get("automaticCaptioning")
        if _v is None:
            automatic_captioning = UNSET
        elif isinstance(_v, str):
            automatic_captioning = _v
        else:
            automatic_captioning = UNSET
            bad = _p.note(bad, "automaticCaptioning")

        description: str | Unset
        _v = d.get("description")
        if _v is None:
            description = UNSET
        elif isinstance(_v, str):
            description = _v
        else:
            description = UNSET
            bad = _p.note(bad, "description")

        privacy: AssetPrivacy | Unset
        _v = d.get("privacy")
        if _v is None:
            privacy = UNSET
        else:
            try:
                privacy = _p.enum_member(AssetPrivacy, _v)
            except _p.PayloadError:
                privacy = UNSET
                bad = _p.note(bad, "privacy")

        mime_type: str | Unset
        _v = d.get("mimeType")
        if _v is None:
            mime_type = UNSET
        elif isinstance(_v, str):
            mime_type = _v
        else:
            mime_type = UNSET
            bad = _p.note(bad, "mimeType")

        source: AssetSource | Unset
        _v = d.get("source")
        if _v is None:
            source = UNSET
        else:
            try:
                source = _p.enum_member(AssetSource, _v)
            except _p.PayloadError:
                source = UNSET
                bad = _p.note(bad, "source")

        owner_id: str | Unset
        _v = d.get("ownerId")
        if _v is None:
            owner_id = UNSET
        elif isinstance(_v, str):
            owner_id = _v
        else:
            owner_id = UNSET
            bad = _p.note(bad, "ownerId")

        created_at: str | Unset
        _v = d.get("createdAt")
        if _v is None:
            created_at = UNSET
        elif isinstance(_v, str):
            created_at = _v
        else:
            created_at = UNSET
            bad = _p.note(bad, "createdAt")

        first_frame: Any  # ModelThumbnail | Unset, or the dict as sent: parsed on first read
        _v = d.get("firstFrame")
        if _v is None:
            first_frame = UNSET
        elif _v.__class__ is dict:
            first_frame = _v
        elif isinstance(_v, Mapping):
            first_frame = dict(_v)
        else:
            first_frame = UNSET
            bad = _p.note(bad, "firstFrame")

        edit_capabilities: list[AssetEditCapabilitiesItem] | Unset
        _v = d.get("editCapabilities")
        if _v is None:
            edit_capabilities = UNSET
        else:
            try:
                edit_capabilities = _p.parse_list(_v, _p.enum_of(AssetEditCapabilitiesItem))
            except _p.PayloadError:
                edit_capabilities = UNSET
                bad = _p.note(bad, "editCapabilities")

        embedding: list[float] | Unset
        _v = d.get("embedding")
        if _v is None:
            embedding = UNSET
        else:
            try:
                embedding = _p.parse_list(_v, _p.as_number)
            except _p.PayloadError:
                embedding = UNSET
                bad = _p.note(bad, "embedding")

        updated_at: str | Unset
        _v = d.get("updatedAt")
        if _v is None:
            updated_at = UNSET
        elif isinstance(_v, str):
            updated_at = _v
        else:
            updated_at = UNSET
            bad = _p.note(bad, "updatedAt")

        thumbnail: Any  # ModelThumbnail | Unset, or the dict as sent: parsed on first read
        _v = d.get("thumbnail")
        if _v is None:
            thumbnail = UNSET
        elif _v.__class__ is dict:
            thumbnail = _v
        elif isinstance(_v, Mapping):
            thumbnail = dict(_v)
        else:
            thumbnail = UNSET
            bad = _p.note(bad, "thumbnail")

        nsfw: list[str] | Unset
        _v = d.get("nsfw")
        if _v is None:
            nsfw = UNSET
        else:
            try:
                nsfw = _p.parse_list(_v, _p.as_str)
            except _p.PayloadError:
                nsfw = UNSET
                bad = _p.note(bad, "nsfw")

        kind: AssetKind | Unset
        _v = d.get("kind")
        if _v is None:
            kind = UNSET
        else:
            try:
                kind = _p.enum_member(AssetKind, _v)
            except _p.PayloadError:
                kind = UNSET
                bad = _p.note(bad, "kind")

        last_frame: Any  # ModelThumbnail | Unset, or the dict as sent: parsed on first read
        _v = d.get("lastFrame")
        if _v is None:
            last_frame = UNSET
        elif _v.__class__ is dict:
            last_frame = _v
        elif isinstance(_v, Mapping):
            last_frame = dict(_v)
        else:
            last_frame = UNSET
            bad = _p.note(bad, "lastFrame")

        author_id: str | Unset
        _v = d.get("authorId")
        if _v is None:
            author_id = UNSET
        elif isinstance(_v, str):
            author_id = _v
        else:
            author_id = UNSET
            bad = _p.note(bad, "authorId")

        url: str | Unset
        _v = d.get("url")
        if _v is None:
            url = UNSET
        elif isinstance(_v, str):
            url = _v
        else:
            url = UNSET
            bad = _p.note(bad, "url")

        tags: list[str] | Unset
        _v = d.get("tags")
        if _v is None:
            tags = UNSET
        else:
            try:
                tags = _p.parse_list(_v, _p.as_str)
            except _p.PayloadError:
                tags = UNSET
                bad = _p.note(bad, "tags")

        output_index: float | Unset
        _v = d.get("outputIndex")
        if _v is None:
            output_index = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            output_index = _v
        else:
            output_index = UNSET
            bad = _p.note(bad, "outputIndex")

        collection_ids: list[str] | Unset
        _v = d.get("collectionIds")
        if _v is None:
            collection_ids = UNSET
        else:
            try:
                collection_ids = _p.parse_list(_v, _p.as_str)
            except _p.PayloadError:
                collection_ids = UNSET
                bad = _p.note(bad, "collectionIds")

        properties: Any  # AssetProperties | Unset, or the dict as sent: parsed on first read
        _v = d.get("properties")
        if _v is None:
            properties = UNSET
        elif _v.__class__ is dict:
            properties = _v
        elif isinstance(_v, Mapping):
            properties = dict(_v)
        else:
            properties = UNSET
            bad = _p.note(bad, "properties")

        status: AssetStatus | Unset
        _v = d.get("status")
        if _v is None:
            status = UNSET
        else:
            try:
                status = _p.enum_member(AssetStatus, _v)
            except _p.PayloadError:
                status = UNSET
                bad = _p.note(bad, "status")

        asset = cls(
            id=id,
            preview=preview,
            metadata=metadata,
            automatic_captioning=automatic_captioning,
            description=description,
            privacy=privacy,
            mime_type=mime_type,
            source=source,
            owner_id=owner_id,
            created_at=created_at,
            first_frame=first_frame,
            edit_capabilities=edit_capabilities,
            embedding=embedding,
            updated_at=updated_at,
            thumbnail=thumbnail,
            nsfw=nsfw,
            kind=kind,
            last_frame=last_frame,
            author_id=author_id,
            url=url,
            tags=tags,
            output_index=output_index,
            collection_ids=collection_ids,
            properties=properties,
            status=status,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            asset.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
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


def _deferred_converters() -> dict[str, Callable[[Any], Any]]:
    """How each field from_dict keeps as sent is parsed on its first read; called once, on the first such read."""
    from ..models.asset_metadata import AssetMetadata  # noqa: PLC0415
    from ..models.asset_properties import AssetProperties  # noqa: PLC0415
    from ..models.model_thumbnail import ModelThumbnail  # noqa: PLC0415

    return {
        "preview": ModelThumbnail.from_dict,
        "metadata": AssetMetadata.from_dict,
        "first_frame": ModelThumbnail.from_dict,
        "thumbnail": ModelThumbnail.from_dict,
        "last_frame": ModelThumbnail.from_dict,
        "properties": AssetProperties.from_dict,
    }


_p.defer(
    Asset,
    {
        "preview": "dict",
        "metadata": "dict",
        "first_frame": "dict",
        "thumbnail": "dict",
        "last_frame": "dict",
        "properties": "dict",
    },
    _deferred_converters,
)
