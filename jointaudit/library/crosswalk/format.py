"""Crosswalk file format v1 (YAML in resources/crosswalks/), as Pydantic models.

Like the pack format, this module *is* the format: the JSON Schema in
``resources/schemas/crosswalk-v1.schema.json`` is generated from it (``json_schema()``), and
docs/crosswalks.md explains it with the truth table. A file holds typed links between the
clauses of two scheme versions and/or recognition rules between schemes.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from jointaudit.common.languages import language_problem
from jointaudit.library.crosswalk.relations import LinkStatus, Origin, Relationship

FORMAT_ID = "jointaudit-crosswalk/1"
VERSION_KEY = r"^[a-z0-9][a-z0-9-]*@[^@\s]+$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LinkWords(Strict):
    """An intersects link's words in one language (those not given print in English)."""

    shared_core: str = Field(default="", description="the shared part, in this language")
    source_addon: str = Field(default="", description="the source's add-on, in this language")
    target_addon: str = Field(default="", description="the target's add-on, in this language")


WORD_FIELDS = ("shared_core", "source_addon", "target_addon")


class LinkSpec(Strict):
    source: str = Field(min_length=1, description="clause id in source_version")
    target: str = Field(min_length=1, description="clause id in target_version")
    relationship: Relationship = Field(
        description="source → target in terms of obligations: equal; subset (everything the"
                    " source demands, the target demands too, and more); superset; intersects;"
                    " not_related")
    rationale: str = Field(min_length=1, description="why, in our own words")
    strength: int = Field(default=5, ge=0, le=10, description="confidence 0–10")
    origin: Origin = Origin.CURATED
    status: LinkStatus = LinkStatus.ACCEPTED
    shared_core: str = Field(default="", description="intersects: the shared part, worded")
    source_addon: str = Field(default="", description="intersects: what only the source asks")
    target_addon: str = Field(default="", description="intersects: what only the target asks")
    words: dict[str, LinkWords] = Field(
        default={}, description="the shared core and add-ons in other languages, per"
                                " two-letter language code: {es: {shared_core: …, source_addon:"
                                " …, target_addon: …}, fr: {…}}")

    @field_validator("words")
    @classmethod
    def _language_codes(cls, words: dict[str, LinkWords]) -> dict[str, LinkWords]:
        for code in words:
            if (why := language_problem(code)) is not None:
                raise ValueError(why)
        return words

    @model_validator(mode="after")
    def _core_for_intersects(self):
        if self.relationship is Relationship.INTERSECTS and not self.shared_core:
            raise ValueError("an intersects link needs 'shared_core': the wording of the part"
                             " both requirements ask")
        for code, words in self.words.items():
            for name in WORD_FIELDS:
                if getattr(words, name) and not getattr(self, name):
                    raise ValueError(f"words.{code}.{name} is given but '{name}' is not: word"
                                     f" the link in the file's own language first")
        return self


class RecognitionSpec(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    accepting_version: str = Field(pattern=VERSION_KEY,
                                   description="the scheme version that accepts, e.g. rjc-coc@2019")
    provisions: list[str] = Field(min_length=1, description="its clause ids; '10' covers 10.x")
    recognised_scheme: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    recognised_version: str | None = Field(default=None, pattern=VERSION_KEY)
    whose: Literal["own", "supplier"] = Field(
        description="own: the audited entity's certificate counts; supplier: its suppliers'"
                    " certificates are evidence on the sourcing provisions")
    effect: Literal["met", "evidence"] = "met"
    verified: bool
    source: str = Field(min_length=1)
    effective_from: date | None = None
    effective_to: date | None = None
    note: str = ""

    @model_validator(mode="after")
    def _supplier_is_evidence(self):
        if self.whose == "supplier" and self.effect != "evidence":
            raise ValueError("a supplier recognition is evidence on sourcing provisions, never"
                             " an automatic 'met': set effect: evidence")
        if self.effective_from and self.effective_to and self.effective_to < self.effective_from:
            raise ValueError("effective_to is before effective_from")
        return self


class CrosswalkFile(Strict):
    format: Literal["jointaudit-crosswalk/1"]
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9.-]*$")
    title: str
    source_version: str | None = Field(default=None, pattern=VERSION_KEY)
    target_version: str | None = Field(default=None, pattern=VERSION_KEY)
    notes: str = ""
    links: list[LinkSpec] = []
    recognitions: list[RecognitionSpec] = []

    @model_validator(mode="after")
    def _versions_for_links(self):
        if self.links and not (self.source_version and self.target_version):
            raise ValueError("a file with links names source_version and target_version")
        if self.source_version and self.source_version == self.target_version:
            raise ValueError("source_version and target_version must differ")
        return self


def json_schema() -> dict:
    schema = CrosswalkFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://jointaudit.invalid/schemas/crosswalk-v1.json"
    schema["title"] = "jointaudit crosswalk, format v1"
    return schema
