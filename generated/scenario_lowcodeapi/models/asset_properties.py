from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_properties_classification import AssetPropertiesClassification
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetProperties")


@_attrs_define
class AssetProperties:
    """The properties of the asset, content may depend on the kind of asset returned"""

    size: float
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
        size: Any = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

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
            classification = self.classification.value

        sample_rate = self.sample_rate

        face_count = self.face_count

        vertex_count = self.vertex_count

        animation_frame_count = self.animation_frame_count

        duration = self.duration

        frame_rate = self.frame_rate

        nb_frames = self.nb_frames

        channels = self.channels

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
        field_dict.update(
            {
                "size": size,
            }
        )
        if size is UNSET:
            del field_dict["size"]
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
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        size = d.pop("size", UNSET)

        _transcription = d.pop("transcription", UNSET)
        transcription: AssetPropertiesTranscription | Unset
        if isinstance(_transcription, Unset):
            transcription = UNSET
        else:
            transcription = AssetPropertiesTranscription.from_dict(_transcription)

        has_normals = d.pop("hasNormals", UNSET)

        format_ = d.pop("format", UNSET)

        description = d.pop("description", UNSET)

        bitrate = d.pop("bitrate", UNSET)

        bone_count = d.pop("boneCount", UNSET)

        _classification = d.pop("classification", UNSET)
        classification: AssetPropertiesClassification | Unset
        if isinstance(_classification, Unset):
            classification = UNSET
        else:
            classification = AssetPropertiesClassification(_classification)

        sample_rate = d.pop("sampleRate", UNSET)

        face_count = d.pop("faceCount", UNSET)

        vertex_count = d.pop("vertexCount", UNSET)

        animation_frame_count = d.pop("animationFrameCount", UNSET)

        duration = d.pop("duration", UNSET)

        frame_rate = d.pop("frameRate", UNSET)

        nb_frames = d.pop("nbFrames", UNSET)

        channels = d.pop("channels", UNSET)

        has_skeleton = d.pop("hasSkeleton", UNSET)

        width = d.pop("width", UNSET)

        has_animations = d.pop("hasAnimations", UNSET)

        codec_name = d.pop("codecName", UNSET)

        has_u_vs = d.pop("hasUVs", UNSET)

        dimensions = cast(list[Any], d.pop("dimensions", UNSET))

        height = d.pop("height", UNSET)

        asset_properties = cls(
            size=size,
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
            has_skeleton=has_skeleton,
            width=width,
            has_animations=has_animations,
            codec_name=codec_name,
            has_u_vs=has_u_vs,
            dimensions=dimensions,
            height=height,
        )

        asset_properties.additional_properties = d
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
from ..models.asset_properties_transcription import AssetPropertiesTranscription
