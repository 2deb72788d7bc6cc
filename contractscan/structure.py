"""The structure stage: one Document -> its DocumentStructure (clauses, kind, parties,
definitions, cross-references). Composes segment, kinds, definitions, parties and crossrefs."""

from __future__ import annotations

from spacy.language import Language

from .crossrefs import find_cross_references
from .definitions import find_definitions
from .kinds import detect_kind
from .manifest import ManifestDocument
from .models import Document, DocumentKind, DocumentStructure, Notice, PartyRole
from .numbering import qualify_numbers
from .parties import find_parties
from .segment import segment


def analyze_structure(
    document: Document, nlp: Language | None = None, hints: ManifestDocument | None = None
) -> DocumentStructure:
    """Read a document the way a lawyer does before judging it.

    `nlp` is accepted for symmetry with later stages; structure works on the text with regexes
    and does not need it. `hints` (a manifest entry) forces the kind and party names.
    """
    del nlp
    if document.error is not None or not document.text.strip():
        return DocumentStructure(warnings=[Notice(code="empty", message="no text to structure")])
    clauses, warnings = segment(document)
    clauses = qualify_numbers(clauses)
    if hints is not None and hints.kind is not None:
        kind, evidence = hints.kind, ["manifest: kind given"]
    else:
        kind, evidence = detect_kind(document, clauses)
    definitions = find_definitions(document.text, clauses)
    forced: dict[PartyRole, list[str]] | None = (
        dict(hints.parties) if hints and hints.parties else None
    )
    parties = find_parties(document.text, clauses, definitions, kind, forced)
    for p in parties:
        p.documents = [document.id]
    xrefs = find_cross_references(document.text, clauses)
    if kind == DocumentKind.other and not evidence:
        evidence = ["no title or heading names a kind of document"]
    return DocumentStructure(
        kind=kind,
        kind_evidence=evidence,
        clauses=clauses,
        parties=parties,
        definitions=definitions,
        cross_references=xrefs,
        warnings=warnings,
    )
