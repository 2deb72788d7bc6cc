"""Look-ups shared by the renderers: from a provision id or a document id to what a lawyer cites."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Clause, DocumentReport, Evidence, Provision, Report
from ..numbering import cited
from ..quotes import shorten

STATUS_ORDER = ("covered", "limited", "assigned", "disclaimed", "silent")


@dataclass(frozen=True)
class Cited:
    provision: Provision
    document: DocumentReport
    clause: Clause

    @property
    def short(self) -> str:
        """`terms_of_service.pdf §9.2 p.4`."""
        name = self.document.path.rsplit("/", 1)[-1]
        where = f" {cited(self.clause.ref)}" if self.clause.ref else ""
        page = f" p.{self.clause.page_start}" if self.clause.page_start else ""
        return f"{name}{where}{page}"


class ReportIndex:
    def __init__(self, report: Report) -> None:
        self.documents = {d.id: d for d in report.documents}
        self._provisions: dict[str, Cited] = {}
        for d in report.documents:
            for c in d.clauses:
                for p in c.provisions:
                    self._provisions[p.id] = Cited(p, d, c)

    def cite(self, provision_id: str) -> Cited | None:
        return self._provisions.get(provision_id)

    def cell_citations(self, provision_ids: list[str], limit: int = 2) -> str:
        cites = list(dict.fromkeys(c.short for pid in provision_ids if (c := self.cite(pid))))
        extra = f" +{len(cites) - limit}" if len(cites) > limit else ""
        return ", ".join(cites[:limit]) + extra


def evidence_line(ev: Evidence, quote_chars: int = 90) -> str:
    """`terms_of_service.pdf §9.2 Disclaimers, p.4: "Outputs are provided as is..."`."""
    name = (ev.path or ev.document).rsplit("/", 1)[-1]
    parts = [name]
    if ev.clause:
        parts.append(cited(ev.clause) + (f" {ev.heading}" if ev.heading else ""))
    elif ev.heading:
        parts.append(ev.heading)
    head = " ".join(parts)
    if ev.page:
        head += f", p.{ev.page}"
    if ev.quote:
        head += f': "{shorten(ev.quote, quote_chars)}"'
    return head


def unique_evidence(evidence: list[Evidence], limit: int | None = None) -> list[Evidence]:
    """One line per cited clause: the JSON keeps every provision, people need each clause once."""
    seen: dict[tuple[str, str | None, str | None], Evidence] = {}
    for ev in evidence:
        seen.setdefault((ev.document, ev.clause, ev.heading), ev)
    out = list(seen.values())
    return out if limit is None else out[:limit]
