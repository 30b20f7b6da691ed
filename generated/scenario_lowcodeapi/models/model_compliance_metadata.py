from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_compliance_metadata_data_processing_comment import ModelComplianceMetadataDataProcessingComment
from ..models.model_compliance_metadata_maintainer import ModelComplianceMetadataMaintainer
from ..models.model_compliance_metadata_sub_processor import ModelComplianceMetadataSubProcessor
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelComplianceMetadata")


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
            sub_processor = self.sub_processor.value

        model_provider = self.model_provider

        license_terms = self.license_terms

        data_processing_comment: str | Unset = UNSET
        if not isinstance(self.data_processing_comment, Unset):
            data_processing_comment = self.data_processing_comment.value

        maintainer: str | Unset = UNSET
        if not isinstance(self.maintainer, Unset):
            maintainer = self.maintainer.value

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
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _sub_processor = d.pop("subProcessor", UNSET)
        sub_processor: ModelComplianceMetadataSubProcessor | Unset
        if isinstance(_sub_processor, Unset):
            sub_processor = UNSET
        else:
            sub_processor = ModelComplianceMetadataSubProcessor(_sub_processor)

        model_provider = d.pop("modelProvider", UNSET)

        license_terms = d.pop("licenseTerms", UNSET)

        _data_processing_comment = d.pop("dataProcessingComment", UNSET)
        data_processing_comment: ModelComplianceMetadataDataProcessingComment | Unset
        if isinstance(_data_processing_comment, Unset):
            data_processing_comment = UNSET
        else:
            data_processing_comment = ModelComplianceMetadataDataProcessingComment(_data_processing_comment)

        _maintainer = d.pop("maintainer", UNSET)
        maintainer: ModelComplianceMetadataMaintainer | Unset
        if isinstance(_maintainer, Unset):
            maintainer = UNSET
        else:
            maintainer = ModelComplianceMetadataMaintainer(_maintainer)

        model_compliance_metadata = cls(
            sub_processor=sub_processor,
            model_provider=model_provider,
            license_terms=license_terms,
            data_processing_comment=data_processing_comment,
            maintainer=maintainer,
        )

        model_compliance_metadata.additional_properties = d
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
