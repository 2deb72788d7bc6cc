"""The typed values that pass between pipeline stages (DESIGN 2) and make up the JSON report (DESIGN 5.1).

Stages hand each other these models, never dicts. Areas are plain strings because they are data
(rules/areas.yaml) that users may extend; everything else with a fixed vocabulary is an enum.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, use_enum_values=False)


# --------------------------------------------------------------------------- vocabulary (DESIGN 3)


class DocumentKind(StrEnum):
    terms_of_service = "terms_of_service"
    master_agreement = "master_agreement"
    order_form = "order_form"
    sla = "sla"
    dpa = "dpa"
    ai_addendum = "ai_addendum"
    acceptable_use_policy = "acceptable_use_policy"
    sow = "sow"
    end_user_terms = "end_user_terms"
    other = "other"


class PartyRole(StrEnum):
    provider = "provider"
    customer = "customer"
    end_user = "end_user"
    subprocessor = "subprocessor"
    data_supplier = "data_supplier"
    third_party = "third_party"


class ClauseType(StrEnum):
    sla = "sla"
    warranty = "warranty"
    disclaimer = "disclaimer"
    indemnification = "indemnification"
    limitation_of_liability = "limitation_of_liability"
    responsibility_allocation = "responsibility_allocation"
    insurance = "insurance"
    audit_rights = "audit_rights"
    data_use = "data_use"
    incident_notification = "incident_notification"
    unilateral_change = "unilateral_change"
    termination = "termination"
    governing_law = "governing_law"
    jurisdiction = "jurisdiction"
    arbitration = "arbitration"
    third_party_beneficiary = "third_party_beneficiary"
    acceptable_use = "acceptable_use"


class Stance(StrEnum):
    commits = "commits"
    disclaims = "disclaims"
    assigns = "assigns"
    excludes = "excludes"
    permits = "permits"


class CoverageStatus(StrEnum):
    covered = "covered"
    limited = "limited"
    assigned = "assigned"
    disclaimed = "disclaimed"
    silent = "silent"


class GapKind(StrEnum):
    uncovered = "uncovered"
    residual = "residual"
    responsibility_without_control = "responsibility_without_control"
    sla_blind_spot = "sla_blind_spot"
    indemnity_scope = "indemnity_scope"
    cap_exposure = "cap_exposure"
    no_recourse = "no_recourse"
    unnoticed_change = "unnoticed_change"
    # Not in DESIGN 3.6: the area is covered by someone, but not at the position or threshold the
    # playbook requires (an SLA under the minimum uptime; the required party not covering it).
    below_playbook = "below_playbook"


class Severity(StrEnum):
    info = "info"
    low = "low"
    medium = "medium"
    high = "high"
    critical = "critical"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {s: i for i, s in enumerate(Severity)}


class ErrorCode(StrEnum):
    not_found = "not_found"
    unsupported_format = "unsupported_format"
    empty = "empty"
    encrypted = "encrypted"
    corrupt = "corrupt"
    too_large = "too_large"
    timeout = "timeout"
    ocr_failed = "ocr_failed"
    unreadable = "unreadable"
    internal = "internal"


# --------------------------------------------------------------------------- extract


class Notice(_Model):
    """A warning attached to a document: something the user should know, not a failure."""

    code: str
    message: str


class DocumentError(_Model):
    code: ErrorCode
    message: str


class Page(_Model):
    """One page's character span in the document text. 1-based page numbers."""

    number: int
    start: int
    end: int
    ocr: bool = False
    ocr_confidence: float | None = None


class Document(_Model):
    """One file after extraction: normalised text and a page map, or an error."""

    id: str
    path: str
    sha256: str | None = None
    format: str | None = None  # pdf | docx | html | text | markdown
    text: str = ""
    pages: list[Page] = Field(default_factory=list)  # empty where the format has no pages (DOCX)
    has_pages: bool = True
    warnings: list[Notice] = Field(default_factory=list)
    error: DocumentError | None = None
    metadata: dict[str, str] = Field(default_factory=dict)

    def page_at(self, offset: int) -> int | None:
        """1-based page holding character `offset`, or None where the format has no pages."""
        if not self.has_pages or not self.pages:
            return None
        lo, hi = 0, len(self.pages) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.pages[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return self.pages[lo].number


# --------------------------------------------------------------------------- structure


class Clause(_Model):
    """A numbered or headed unit of a document. Offsets are into Document.text."""

    id: str
    number: str | None = None
    heading: str | None = None
    parent: str | None = None
    #: `number` qualified by its parent where the document's numbering repeats ("F.3",
    #: "Schedule 1 ¶5"); None when the bare number names one clause
    qualified: str | None = None
    level: int = 0
    start: int
    end: int
    page_start: int | None = None
    page_end: int | None = None
    text: str
    types: list[ClauseType] = Field(default_factory=list)
    provisions: list[Provision] = Field(default_factory=list)

    @property
    def citation(self) -> str:
        """How a lawyer cites it: `L.3 Limits on Liability`."""
        parts = [p for p in (self.ref, self.heading) if p]
        return " ".join(parts) if parts else self.id

    @property
    def ref(self) -> str | None:
        """The number to cite: `qualified` where the bare number repeats, else `number`."""
        return self.qualified or self.number


class DefinedTerm(_Model):
    term: str
    definition: str
    clause_id: str | None = None
    start: int
    end: int


class CrossReference(_Model):
    """`Section 9.2` in clause `source` resolved to clause `target` (None when unresolved)."""

    source: str
    text: str
    start: int
    end: int
    target: str | None = None


class Party(_Model):
    """A canonical role with the names the documents use for it."""

    role: PartyRole
    names: list[str] = Field(default_factory=list)
    documents: list[str] = Field(default_factory=list)


class DocumentStructure(_Model):
    """What the structure stage learns about one document."""

    kind: DocumentKind = DocumentKind.other
    kind_evidence: list[str] = Field(default_factory=list)
    clauses: list[Clause] = Field(default_factory=list)
    parties: list[Party] = Field(default_factory=list)
    definitions: list[DefinedTerm] = Field(default_factory=list)
    cross_references: list[CrossReference] = Field(default_factory=list)
    warnings: list[Notice] = Field(default_factory=list)


# --------------------------------------------------------------------------- classify


class Provision(_Model):
    """What one rule found in one clause: who is bound, which way, and what it reaches."""

    id: str
    document_id: str
    clause_id: str
    type: ClauseType
    obligor: PartyRole | None = None
    beneficiary: PartyRole | None = None
    stance: Stance
    areas: list[str] = Field(default_factory=list)
    attributes: dict[str, Any] = Field(default_factory=dict)
    rule: str
    start: int
    end: int
    quote: str
    explanation: str | None = None


# --------------------------------------------------------------------------- coverage and gaps


class AnalyzedDocument(_Model):
    """One document after extract, structure and classify: the input to set-level analysis."""

    document: Document
    structure: DocumentStructure = Field(default_factory=DocumentStructure)
    provisions: list[Provision] = Field(default_factory=list)


class CoverageCell(_Model):
    area: str
    party: PartyRole
    status: CoverageStatus
    provisions: list[str] = Field(default_factory=list)  # provision ids that decide the cell
    note: str | None = None


class CoverageMatrix(_Model):
    """One cell per (area, party) of a contract set (DESIGN 3.5)."""

    areas: list[str] = Field(default_factory=list)
    parties: list[PartyRole] = Field(default_factory=list)
    cells: list[CoverageCell] = Field(default_factory=list)

    def cell(self, area: str, party: PartyRole) -> CoverageCell | None:
        for c in self.cells:
            if c.area == area and c.party == party:
                return c
        return None


class Evidence(_Model):
    """Where a finding comes from, citable by a lawyer."""

    provision: str | None = None
    document: str
    path: str | None = None
    clause: str | None = None  # clause number, e.g. "9.2"
    heading: str | None = None
    page: int | None = None
    quote: str | None = None


class Gap(_Model):
    id: str  # fingerprint over set, area and kind: stable across runs
    area: str
    kind: GapKind
    severity: Severity
    explanation: str
    remedy: str | None = None  # the clause that would close it
    evidence: list[Evidence] = Field(default_factory=list)


class SetSummary(_Model):
    areas: int = 0
    covered: int = 0
    limited: int = 0
    assigned: int = 0
    disclaimed: int = 0
    silent: int = 0
    gaps: int = 0
    gaps_by_severity: dict[str, int] = Field(default_factory=dict)


# --------------------------------------------------------------------------- report


class DocumentReport(_Model):
    id: str
    path: str
    sha256: str | None = None
    format: str | None = None
    kind: DocumentKind | None = None
    kind_evidence: list[str] = Field(default_factory=list)
    pages: list[Page] = Field(default_factory=list)
    page_count: int | None = None
    error: DocumentError | None = None
    warnings: list[Notice] = Field(default_factory=list)
    parties: list[Party] = Field(default_factory=list)
    definitions: list[DefinedTerm] = Field(default_factory=list)
    cross_references: list[CrossReference] = Field(default_factory=list)
    clauses: list[Clause] = Field(default_factory=list)


class ContractSet(_Model):
    id: str
    name: str
    path: str | None = None
    documents: list[str] = Field(default_factory=list)
    parties: list[Party] = Field(default_factory=list)
    coverage: list[CoverageCell] = Field(default_factory=list)
    gaps: list[Gap] = Field(default_factory=list)
    summary: SetSummary = Field(default_factory=SetSummary)


class Tool(_Model):
    name: str = "contractscan"
    version: str


class ReportSummary(_Model):
    documents: int = 0
    documents_failed: int = 0
    contract_sets: int = 0
    clauses: int = 0
    provisions: int = 0
    gaps: int = 0
    gaps_by_severity: dict[str, int] = Field(default_factory=dict)
    highest_severity: Severity | None = None


class Report(_Model):
    schema_version: str = SCHEMA_VERSION
    tool: Tool
    settings: dict[str, Any] = Field(default_factory=dict)
    documents: list[DocumentReport] = Field(default_factory=list)
    contract_sets: list[ContractSet] = Field(default_factory=list)
    summary: ReportSummary = Field(default_factory=ReportSummary)


Clause.model_rebuild()
