"""Set-level analysis: the documents of one contract set -> ContractSet (coverage, gaps, summary).

SetSummary counts areas, not cells: each area is counted once under the strongest status any
party of the set holds for it (covered > limited > disclaimed > assigned > silent), so
`covered + limited + disclaimed + assigned + silent == areas`.
"""

from __future__ import annotations

from collections.abc import Sequence

from .areas import AreaDefinition
from .coverage import build_matrix, collect, set_parties, status_rank
from .gaps import find_gaps
from .manifest import Manifest
from .models import (
    AnalyzedDocument,
    ContractSet,
    CoverageMatrix,
    CoverageStatus,
    Gap,
    Party,
    PartyRole,
    SetSummary,
    Severity,
)
from .playbook import Playbook


def _merge_parties(documents: Sequence[AnalyzedDocument], manifest: Manifest | None) -> list[Party]:
    """The set's parties: each role once, with every name the documents and the manifest use for it."""
    try:  # the structure stage's own merge, when it exists
        from .parties import merge_parties  # type: ignore[attr-defined]
    except ImportError:
        merge_parties = None
    lists = [d.structure.parties for d in documents]
    if manifest is not None:
        extra = [Party(role=role, names=list(names)) for role, names in manifest.parties.items()]
        for entry in manifest.documents:
            extra += [Party(role=role, names=list(names)) for role, names in entry.parties.items()]
        lists.append(extra)
    if merge_parties is not None:
        try:
            return list(merge_parties(lists))
        except TypeError:
            pass
    merged: dict[PartyRole, Party] = {}
    for parties in lists:
        for p in parties:
            m = merged.setdefault(p.role, Party(role=p.role))
            m.names += [n for n in p.names if n not in m.names]
            m.documents += [d for d in p.documents if d not in m.documents]
    order = list(PartyRole)
    return sorted(merged.values(), key=lambda p: order.index(p.role))


def summarize(matrix: CoverageMatrix, gaps: Sequence[Gap]) -> SetSummary:
    best: dict[str, CoverageStatus] = {a: CoverageStatus.silent for a in matrix.areas}
    for c in matrix.cells:
        if status_rank(c.status) > status_rank(best[c.area]):
            best[c.area] = c.status
    counts = {s: sum(1 for v in best.values() if v == s) for s in CoverageStatus}
    by_severity = {s.value: sum(1 for g in gaps if g.severity == s) for s in reversed(Severity)}
    return SetSummary(
        areas=len(matrix.areas),
        covered=counts[CoverageStatus.covered],
        limited=counts[CoverageStatus.limited],
        assigned=counts[CoverageStatus.assigned],
        disclaimed=counts[CoverageStatus.disclaimed],
        silent=counts[CoverageStatus.silent],
        gaps=len(gaps),
        gaps_by_severity={k: v for k, v in by_severity.items() if v},
    )


def analyze_set(
    set_id: str,
    name: str,
    documents: list[AnalyzedDocument],
    areas: list[AreaDefinition],
    playbook: Playbook,
    manifest: Manifest | None = None,
    path: str | None = None,
) -> ContractSet:
    """Coverage per (area, party), the gaps the playbook grades, and a summary, for one set."""
    readable = [d for d in documents if d.document.error is None]
    area_ids = [a.id for a in areas]
    sp = collect(readable, area_ids, manifest)
    matrix = build_matrix(sp, set_parties(sp, readable))
    gaps = find_gaps(set_id, sp, matrix, readable, areas, playbook)
    return ContractSet(
        id=set_id,
        name=name,
        path=path,
        documents=[d.document.id for d in documents],
        parties=_merge_parties(readable, manifest),
        coverage=matrix.cells,
        gaps=gaps,
        summary=summarize(matrix, gaps),
    )
