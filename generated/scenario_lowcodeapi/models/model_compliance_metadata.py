from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..models.model_compliance_metadata_data_processing_comment import ModelComplianceMetadataDataProcessingComment
from ..models.model_compliance_metadata_maintainer import ModelComplianceMetadataMaintainer
from ..models.model_compliance_metadata_sub_processor import ModelComplianceMetadataSubProcessor
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelComplianceMetadata")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "subProcessor",
        "modelProvider",
        "licenseTerms",
        "dataProcessingComment",
        "maintainer",
    )
)


@_attrs_define
class ModelComplianceMetadata:
    """Compliance and regulatory metadata for the model"""

    sub_processor: ModelComplianceMetadataSubProcessor | Unset = UNSET
    """ The sub-processor used for the model """
    model_provider: str | Unset = UNSET
    """ The provider of the model (examples: 'Google', 'AWS', 'BFL', 'Meshy', etc.) """
    license_terms: str | Unset = UNSET
    """ URL to license terms """
    data_processing_comment: ModelComplianceMetadataDataProcessingComment | Unset = UNSET
    """ Data processing comment (e.g., zeroRetention, temporaryRetention, etc.) """
    maintainer: ModelComplianceMetadataMaintainer | Unset = UNSET
    """ The maintainer of the model """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_processor: str | Unset = UNSET
        if not isinstance(self.sub_processor, Unset):
            sub_processor = str(self.sub_processor)

        model_provider = self.model_provider

        license_terms = self.license_terms

        data_processing_comment: str | Unset = UNSET
        if not isinstance(self.data_processing_comment, Unset):
            data_processing_comment = str(self.data_processing_comment)

        maintainer: str | Unset = UNSET
        if not isinstance(self.maintainer, Unset):
            maintainer = str(self.maintainer)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sub_processor is not UNSET:
            field_dict["subProcessor"] = sub_processor
        if model_provider is not UNSET:
            field_dict["modelProvider"] = model_provider
        if license_terms is not UNSET:
            field_dict["licenseTerms"] = license_terms
        if data_processing_comment is not UNSET:
            field_dict["dataProcessingComment"] = data_processing_comment
        if maintainer is not UNSET:
            field_dict["maintainer"] = maintainer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from Scenario's JSON. Nulls count as absent; a value of the wrong type stays raw in
        ``additional_properties``; raises ``PayloadError`` (a ValueError naming the JSON path) only when a
        field typed without ``| Unset`` cannot be filled.
        """
        d = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise _p.not_object(d)
        bad: list[str] | None = None
        sub_processor: ModelComplianceMetadataSubProcessor | Unset
        _v = d.get("subProcessor")
        if _v is None:
            sub_processor = UNSET
        else:
            try:
                sub_processor = _p.enum_member(ModelComplianceMetadataSubProcessor, _v)
            except _p.PayloadError:
                sub_processor = UNSET
                bad = _p.note(bad, "subProcessor")

        model_provider: str | Unset
        _v = d.get("modelProvider")
        if _v is None:
            model_provider = UNSET
        elif isinstance(_v, str):
            model_provider = _v
        else:
            model_provider = UNSET
            bad = _p.note(bad, "modelProvider")

        license_terms: str | Unset
        _v = d.get("licenseTerms")
        if _v is None:
            license_terms = UNSET
        elif isinstance(_v, str):
            license_terms = _v
        else:
            license_terms = UNSET
            bad = _p.note(bad, "licenseTerms")

        data_processing_comment: ModelComplianceMetadataDataProcessingComment | Unset
        _v = d.get("dataProcessingComment")
        if _v is None:
            data_processing_comment = UNSET
        else:
            try:
                data_processing_comment = _p.enum_member(ModelComplianceMetadataDataProcessingComment, _v)
            except _p.PayloadError:
                data_processing_comment = UNSET
                bad = _p.note(bad, "dataProcessingComment")

        maintainer: ModelComplianceMetadataMaintainer | Unset
        _v = d.get("maintainer")
        if _v is None:
            maintainer = UNSET
        else:
            try:
                maintainer = _p.enum_member(ModelComplianceMetadataMaintainer, _v)
            except _p.PayloadError:
                maintainer = UNSET
                bad = _p.note(bad, "maintainer")

        model_compliance_metadata = cls(
            sub_processor=sub_processor,
            model_provider=model_provider,
            license_terms=license_terms,
            data_processing_comment=data_processing_comment,
            maintainer=maintainer,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            model_compliance_metadata.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return model_compliance_metadata

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
