from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..models.asset_properties_classification import AssetPropertiesClassification
from ..types import UNSET, Unset

if TYPE_CHECKING:  # imported on the first read of a field parsed on first read (see the end of the module)
    from ..models.asset_properties_transcription import AssetPropertiesTranscription


T = TypeVar("T", bound="AssetProperties")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "transcription",
        "hasNormals",
        "format",
        "description",
        "bitrate",
        "boneCount",
        "classification",
        "sampleRate",
        "faceCount",
        "vertexCount",
        "animationFrameCount",
        "duration",
        "frameRate",
        "nbFrames",
        "channels",
        "size",
        "hasSkeleton",
        "width",
        "hasAnimations",
        "codecName",
        "hasUVs",
        "dimensions",
        "height",
    )
)


@_attrs_define
class AssetProperties:
    """The properties of the asset, content may depend on the kind of asset returned"""

    transcription: AssetPropertiesTranscription | Unset = UNSET
    """ Transcription of the audio """
    has_normals: bool | Unset = UNSET
    """ Whether the mesh has normal vectors """
    format_: str | Unset = UNSET
    """ Format of the mesh file (e.g. 'glb', etc.) """
    description: str | Unset = UNSET
    """ Description of the audio """
    bitrate: float | Unset = UNSET
    """ Bitrate of the media in bits per second """
    bone_count: float | Unset = UNSET
    """ Number of bones if skeleton exists """
    classification: AssetPropertiesClassification | Unset = UNSET
    """ Classification of the audio """
    sample_rate: float | Unset = UNSET
    """ Sample rate of the media in Hz """
    face_count: float | Unset = UNSET
    """ Number of faces/triangles in the mesh """
    vertex_count: float | Unset = UNSET
    """ Number of vertices in the mesh """
    animation_frame_count: float | Unset = UNSET
    """ Number of animation frames if animations exist """
    duration: float | Unset = UNSET
    """ Duration of the media in seconds """
    frame_rate: float | Unset = UNSET
    """ Frame rate of the video in frames per second """
    nb_frames: float | Unset = UNSET
    """ Number of frames in the video """
    channels: float | Unset = UNSET
    """ Number of channels of the audio """
    size: float | Unset = UNSET
    has_skeleton: bool | Unset = UNSET
    """ Whether the mesh has bones/skeleton """
    width: float | Unset = UNSET
    has_animations: bool | Unset = UNSET
    """ Whether the mesh has animations """
    codec_name: str | Unset = UNSET
    """ Codec name of the media """
    has_u_vs: bool | Unset = UNSET
    """ Whether the mesh has UV coordinates """
    dimensions: list[Any] | Unset = UNSET
    """ Bounding box dimensions [width, height, depth] """
    height: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transcription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transcription, Unset):
            transcription = self.transcription.to_dict()

        has_normals = self.has_normals

        format_ = self.format_

        description = self.description

        bitrate = self.bitrate

        bone_count = self.bone_count

        classification: str | Unset = UNSET
        if not isinstance(self.classification, Unset):
            classification = str(self.classification)

        sample_rate = self.sample_rate

        face_count = self.face_count

        vertex_count = self.vertex_count

        animation_frame_count = self.animation_frame_count

        duration = self.duration

        frame_rate = self.frame_rate

        nb_frames = self.nb_frames

        channels = self.channels

        size = self.size

        has_skeleton = self.has_skeleton

        width = self.width

        has_animations = self.has_animations

        codec_name = self.codec_name

        has_u_vs = self.has_u_vs

        dimensions: list[Any] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions

        height = self.height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if has_normals is not UNSET:
            field_dict["hasNormals"] = has_normals
        if format_ is not UNSET:
            field_dict["format"] = format_
        if description is not UNSET:
            field_dict["description"] = description
        if bitrate is not UNSET:
            field_dict["bitrate"] = bitrate
        if bone_count is not UNSET:
            field_dict["boneCount"] = bone_count
        if classification is not UNSET:
            field_dict["classification"] = classification
        if sample_rate is not UNSET:
            field_dict["sampleRate"] = sample_rate
        if face_count is not UNSET:
            field_dict["faceCount"] = face_count
        if vertex_count is not UNSET:
            field_dict["vertexCount"] = vertex_count
        if animation_frame_count is not UNSET:
            field_dict["animationFrameCount"] = animation_frame_count
        if duration is not UNSET:
            field_dict["duration"] = duration
        if frame_rate is not UNSET:
            field_dict["frameRate"] = frame_rate
        if nb_frames is not UNSET:
            field_dict["nbFrames"] = nb_frames
        if channels is not UNSET:
            field_dict["channels"] = channels
        if size is not UNSET:
            field_dict["size"] = size
        if has_skeleton is not UNSET:
            field_dict["hasSkeleton"] = has_skeleton
        if width is not UNSET:
            field_dict["width"] = width
        if has_animations is not UNSET:
            field_dict["hasAnimations"] = has_animations
        if codec_name is not UNSET:
            field_dict["codecName"] = codec_name
        if has_u_vs is not UNSET:
            field_dict["hasUVs"] = has_u_vs
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if height is not UNSET:
            field_dict["height"] = height

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
        transcription: Any  # AssetPropertiesTranscription | Unset, or the dict as sent: parsed on first read
        _v = d.get("transcription")
        if _v is None:
            transcription = UNSET
        elif _v.__class__ is dict:
            transcription = _v
        elif isinstance(_v, Mapping):
            transcription = dict(_v)
        else:
            transcription = UNSET
            bad = _p.note(bad, "transcription")

        has_normals: bool | Unset
        _v = d.get("hasNormals")
        if _v is None:
            has_normals = UNSET
        elif _v.__class__ is bool:
            has_normals = _v
        else:
            has_normals = UNSET
            bad = _p.note(bad, "hasNormals")

        format_: str | Unset
        _v = d.get("format")
        if _v is None:
            format_ = UNSET
        elif isinstance(_v, str):
            format_ = _v
        else:
            format_ = UNSET
            bad = _p.note(bad, "format")

        description: str | Unset
        _v = d.get("description")
        if _v is None:
            description = UNSET
        elif isinstance(_v, str):
            description = _v
        else:
            description = UNSET
            bad = _p.note(bad, "description")

        bitrate: float | Unset
        _v = d.get("bitrate")
        if _v is None:
            bitrate = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            bitrate = _v
        else:
            bitrate = UNSET
            bad = _p.note(bad, "bitrate")

        bone_count: float | Unset
        _v = d.get("boneCount")
        if _v is None:
            bone_count = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            bone_count = _v
        else:
            bone_count = UNSET
            bad = _p.note(bad, "boneCount")

        classification: AssetPropertiesClassification | Unset
        _v = d.get("classification")
        if _v is None:
            classification = UNSET
        else:
            try:
                classification = _p.enum_member(AssetPropertiesClassification, _v)
            except _p.PayloadError:
                classification = UNSET
                bad = _p.note(bad, "classification")

        sample_rate: float | Unset
        _v = d.get("sampleRate")
        if _v is None:
            sample_rate = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            sample_rate = _v
        else:
            sample_rate = UNSET
            bad = _p.note(bad, "sampleRate")

        face_count: float | Unset
        _v = d.get("faceCount")
        if _v is None:
            face_count = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            face_count = _v
        else:
            face_count = UNSET
            bad = _p.note(bad, "faceCount")

        vertex_count: float | Unset
        _v = d.get("vertexCount")
        if _v is None:
            vertex_count = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            vertex_count = _v
        else:
            vertex_count = UNSET
            bad = _p.note(bad, "vertexCount")

        animation_frame_count: float | Unset
        _v = d.get("animationFrameCount")
        if _v is None:
            animation_frame_count = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            animation_frame_count = _v
        else:
            animation_frame_count = UNSET
            bad = _p.note(bad, "animationFrameCount")

        duration: float | Unset
        _v = d.get("duration")
        if _v is None:
            duration = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            duration = _v
        else:
            duration = UNSET
            bad = _p.note(bad, "duration")

        frame_rate: float | Unset
        _v = d.get("frameRate")
        if _v is None:
            frame_rate = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            frame_rate = _v
        else:
            frame_rate = UNSET
            bad = _p.note(bad, "frameRate")

        nb_frames: float | Unset
        _v = d.get("nbFrames")
        if _v is None:
            nb_frames = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            nb_frames = _v
        else:
            nb_frames = UNSET
            bad = _p.note(bad, "nbFrames")

        channels: float | Unset
        _v = d.get("channels")
        if _v is None:
            channels = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            channels = _v
        else:
            channels = UNSET
            bad = _p.note(bad, "channels")

        size: float | Unset
        _v = d.get("size")
        if _v is None:
            size = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            size = _v
        else:
            size = UNSET
            bad = _p.note(bad, "size")

        has_skeleton: bool | Unset
        _v = d.get("hasSkeleton")
        if _v is None:
            has_skeleton = UNSET
        elif _v.__class__ is bool:
            has_skeleton = _v
        else:
            has_skeleton = UNSET
            bad = _p.note(bad, "hasSkeleton")

        width: float | Unset
        _v = d.get("width")
        if _v is None:
            width = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            width = _v
        else:
            width = UNSET
            bad = _p.note(bad, "width")

        has_animations: bool | Unset
        _v = d.get("hasAnimations")
        if _v is None:
            has_animations = UNSET
        elif _v.__class__ is bool:
            has_animations = _v
        else:
            has_animations = UNSET
            bad = _p.note(bad, "hasAnimations")

        codec_name: str | Unset
        _v = d.get("codecName")
        if _v is None:
            codec_name = UNSET
        elif isinstance(_v, str):
            codec_name = _v
        else:
            codec_name = UNSET
            bad = _p.note(bad, "codecName")

        has_u_vs: bool | Unset
        _v = d.get("hasUVs")
        if _v is None:
            has_u_vs = UNSET
        elif _v.__class__ is bool:
            has_u_vs = _v
        else:
            has_u_vs = UNSET
            bad = _p.note(bad, "hasUVs")

        dimensions: list[Any] | Unset
        _v = d.get("dimensions")
        if _v is None:
            dimensions = UNSET
        else:
            try:
                dimensions = _p.as_list(_v)
            except _p.PayloadError:
                dimensions = UNSET
                bad = _p.note(bad, "dimensions")

        height: float | Unset
        _v = d.get("height")
        if _v is None:
            height = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            height = _v
        else:
            height = UNSET
            bad = _p.note(bad, "height")

        asset_properties = cls(
            transcription=transcription,
            has_normals=has_normals,
            format_=format_,
            description=description,
            bitrate=bitrate,
            bone_count=bone_count,
            classification=classification,
            sample_rate=sample_rate,
            face_count=face_count,
            vertex_count=vertex_count,
            animation_frame_count=animation_frame_count,
            duration=duration,
            frame_rate=frame_rate,
            nb_frames=nb_frames,
            channels=channels,
            size=size,
            has_skeleton=has_skeleton,
            width=width,
            has_animations=has_animations,
            codec_name=codec_name,
            has_u_vs=has_u_vs,
            dimensions=dimensions,
            height=height,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            asset_properties.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return asset_properties

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
    from ..models.asset_properties_transcription import AssetPropertiesTranscription  # noqa: PLC0415

    return {
        "transcription": AssetPropertiesTranscription.from_dict,
    }


_p.defer(
    AssetProperties,
    {
        "transcription": "dict",
    },
    _deferred_converters,
)
