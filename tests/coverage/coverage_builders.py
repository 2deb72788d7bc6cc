"""Small builders for set-level tests: provisions and documents without the earlier stages."""

from __future__ import annotations

import itertools
from typing import Any

from contractscan.areas import load_areas
from contractscan.models import (
    AnalyzedDocument,
    Clause,
    ClauseType,
    Document,
    DocumentKind,
    DocumentStructure,
    Page,
    PartyRole,
    Provision,
    Stance,
)

AREAS = load_areas()
AREA_IDS = [a.id for a in AREAS]
_ids = itertools.count(1)


def prov(
    doc: str,
    clause: str,
    type: str,
    stance: str,
    obligor: str | None = "provider",
    beneficiary: str | None = None,
    areas: list[str] | tuple[str, ...] = (),
    quote: str = "",
    pid: str | None = None,
    **attributes: Any,
) -> Provision:
    """One provision in clause `clause` (its number) of document `doc`."""
    n = next(_ids)
    return Provision(
        id=pid or f"{doc}-{clause}-{type}-{n}",
        document_id=doc,
        clause_id=f"{doc}-c{clause}",
        type=ClauseType(type),
        obligor=PartyRole(obligor) if obligor else None,
        beneficiary=PartyRole(beneficiary) if beneficiary else None,
        stance=Stance(stance),
        areas=list(areas),
        attributes=attributes,
        rule=f"test.{type}",
        start=0,
        end=len(quote),
        quote=quote or f"{type} {stance} in {clause}",
    )


def doc(
    doc_id: str,
    kind: str,
    provisions: list[Provision],
    path: str | None = None,
    headings: dict[str, str] | None = None,
) -> AnalyzedDocument:
    """A document holding `provisions`, with one clause per clause number they use (page 1)."""
    numbers = sorted({p.clause_id.split("-c", 1)[1] for p in provisions})
    text = "\n".join(f"{n} {headings.get(n, '') if headings else ''}" for n in numbers) or "empty"
    clauses = [
        Clause(
            id=f"{doc_id}-c{n}",
            number=n,
            heading=(headings or {}).get(n),
            start=0,
            end=1,
            page_start=1,
            page_end=1,
            text=n,
        )
        for n in numbers
    ]
    return AnalyzedDocument(
        document=Document(
            id=doc_id,
            path=path or f"set/{doc_id}.pdf",
            text=text,
            pages=[Page(number=1, start=0, end=len(text))],
        ),
        structure=DocumentStructure(kind=DocumentKind(kind), clauses=clauses),
        provisions=provisions,
    )
