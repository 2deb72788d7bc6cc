"""The Markdown report: what a lawyer forwards. Same records as the table, as GitHub-flavoured Markdown."""

from __future__ import annotations

from ..models import ContractSet, Report
from .index import ReportIndex, evidence_line, unique_evidence


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def render(report: Report, color: bool = False) -> str:
    index = ReportIndex(report)
    out = ["# contractscan report", ""]
    s = report.summary
    out.append(
        f"{s.documents} documents ({s.documents_failed} unreadable), {s.contract_sets} contract sets, "
        f"{s.provisions} provisions, **{s.gaps} gaps**"
        + (f" (highest severity: {s.highest_severity.value})" if s.highest_severity else "")
        + "."
    )
    out.append("")
    for cs in report.contract_sets:
        out.extend(_contract_set(cs, index))
    failed = [d for d in report.documents if d.error]
    if failed:
        out += ["## Files that could not be read", "", "| file | code | message |", "|---|---|---|"]
        for d in failed:
            assert d.error is not None
            out.append(f"| {_cell(d.path)} | {d.error.code.value} | {_cell(d.error.message)} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _contract_set(cs: ContractSet, index: ReportIndex) -> list[str]:
    out = [f"## {cs.name}", ""]
    if cs.path:
        out += [f"Folder: `{cs.path}`", ""]
    out += ["| document | kind | pages | clauses | provisions |", "|---|---|---|---|---|"]
    for doc_id in cs.documents:
        d = index.documents.get(doc_id)
        if d is None:
            continue
        if d.error:
            out.append(f"| {_cell(d.path)} | error: {d.error.code.value} | | | |")
            continue
        n_prov = sum(len(c.provisions) for c in d.clauses)
        pages = str(d.page_count) if d.page_count is not None else "-"
        kind = d.kind.value if d.kind else "-"
        out.append(f"| {_cell(d.path)} | {kind} | {pages} | {len(d.clauses)} | {n_prov} |")
    out.append("")

    roles = list(dict.fromkeys(c.party for c in cs.coverage))
    cells = {(c.area, c.party): c for c in cs.coverage}
    out += ["### Coverage", ""]
    out.append("| area | " + " | ".join(r.value for r in roles) + " |")
    out.append("|---" * (len(roles) + 1) + "|")
    for area in dict.fromkeys(c.area for c in cs.coverage):
        row = []
        for role in roles:
            cell = cells.get((area, role))
            if cell is None:
                row.append("")
                continue
            cites = index.cell_citations(cell.provisions)
            row.append(f"**{cell.status.value}**" + (f" ({_cell(cites)})" if cites else ""))
        out.append(f"| {area} | " + " | ".join(row) + " |")
    out.append("")

    out += ["### Gaps", ""]
    if not cs.gaps:
        out += ["No gaps.", ""]
    for g in cs.gaps:
        out.append(f"- **{g.severity.value}** `{g.area}` {g.kind.value}: {g.explanation}")
        for ev in unique_evidence(g.evidence):
            out.append(f"  - {evidence_line(ev, quote_chars=160)}")
        if g.remedy:
            out.append(f"  - *To close:* {g.remedy}")
    s = cs.summary
    out += [
        "",
        f"{s.areas} areas: {s.covered} covered, {s.limited} limited, {s.assigned} assigned, "
        f"{s.disclaimed} disclaimed, {s.silent} silent; {s.gaps} gaps.",
        "",
    ]
    return out
