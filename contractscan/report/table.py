"""The terminal report: per contract set, its documents, the coverage matrix and the gaps (rich)."""

from __future__ import annotations

import io
import shutil

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..models import ContractSet, CoverageStatus, Report, Severity
from .index import ReportIndex, evidence_line, unique_evidence

STATUS_STYLE = {
    CoverageStatus.covered: "bold green",
    CoverageStatus.limited: "yellow",
    CoverageStatus.assigned: "magenta",
    CoverageStatus.disclaimed: "bold red",
    CoverageStatus.silent: "dim",
}
SEVERITY_STYLE = {
    Severity.critical: "bold white on red",
    Severity.high: "bold red",
    Severity.medium: "yellow",
    Severity.low: "cyan",
    Severity.info: "dim",
}


def render(report: Report, color: bool = False, width: int | None = None) -> str:
    if width is None:  # follow the terminal when printing to one, else a wide fixed layout
        width = max(100, shutil.get_terminal_size((140, 40)).columns) if color else 140
    buf = io.StringIO()
    console = Console(
        file=buf,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        width=width,
        highlight=False,
        emoji=False,
    )
    index = ReportIndex(report)
    for cs in report.contract_sets:
        console.print(_set_panel(cs, report, index))
        console.print()
    failed = [d for d in report.documents if d.error]
    if failed:
        t = Table(title="Files that could not be read", box=box.SIMPLE_HEAD, title_justify="left")
        t.add_column("file")
        t.add_column("code")
        t.add_column("message")
        for d in failed:
            assert d.error is not None
            t.add_row(d.path, d.error.code.value, d.error.message)
        console.print(t)
    s = report.summary
    sev = ", ".join(f"{n} {k}" for k, n in s.gaps_by_severity.items()) or "none"
    console.print(
        f"{s.documents} documents ({s.documents_failed} unreadable), {s.contract_sets} contract sets, "
        f"{s.clauses} clauses, {s.provisions} provisions, {s.gaps} gaps ({sev})."
    )
    return buf.getvalue()


def _set_panel(cs: ContractSet, report: Report, index: ReportIndex) -> Panel:
    parts: list = []
    docs = Table(box=box.SIMPLE_HEAD, title="Documents", title_justify="left", expand=False)
    for col in ("id", "file", "kind", "pages", "clauses", "provisions", "notes"):
        docs.add_column(col)
    for doc_id in cs.documents:
        d = index.documents.get(doc_id)
        if d is None:
            continue
        n_prov = sum(len(c.provisions) for c in d.clauses)
        notes = (
            f"ERROR {d.error.code.value}: {d.error.message}"
            if d.error
            else ", ".join(w.code for w in d.warnings)
        )
        docs.add_row(
            d.id,
            d.path,
            d.kind.value if d.kind else "-",
            str(d.page_count) if d.page_count is not None else "-",
            str(len(d.clauses)),
            str(n_prov),
            Text(notes, style="red" if d.error else "dim"),
        )
    parts.append(docs)

    roles = list(dict.fromkeys(c.party for c in cs.coverage))
    matrix = Table(box=box.SIMPLE_HEAD, title="Coverage", title_justify="left")
    matrix.add_column("area", style="bold")
    for role in roles:
        matrix.add_column(role.value)
    areas = list(dict.fromkeys(c.area for c in cs.coverage))
    cells = {(c.area, c.party): c for c in cs.coverage}
    for area in areas:
        row: list = [area]
        for role in roles:
            cell = cells.get((area, role))
            if cell is None:
                row.append("")
                continue
            txt = Text(cell.status.value, style=STATUS_STYLE[cell.status])
            cites = index.cell_citations(cell.provisions)
            if cites:
                txt.append(f"\n{cites}", style="dim")
            row.append(txt)
        matrix.add_row(*row)
    parts.append(matrix)

    if cs.gaps:
        gaps = Table(box=box.SIMPLE_HEAD, title="Gaps", title_justify="left", show_lines=True)
        gaps.add_column("severity")
        gaps.add_column("area")
        gaps.add_column("kind")
        gaps.add_column("why, and the evidence", ratio=1)
        for g in cs.gaps:
            body = Text(g.explanation)
            for ev in unique_evidence(g.evidence, limit=4):
                body.append("\n  " + evidence_line(ev), style="dim")
            if g.remedy:
                body.append(f"\n  To close: {g.remedy}", style="italic")
            gaps.add_row(
                Text(g.severity.value, style=SEVERITY_STYLE[g.severity]),
                g.area,
                g.kind.value,
                body,
            )
        parts.append(gaps)
    else:
        parts.append(Text("No gaps.", style="green"))

    s = cs.summary
    parts.append(
        Text(
            f"{s.areas} areas: {s.covered} covered, {s.limited} limited, {s.assigned} assigned, "
            f"{s.disclaimed} disclaimed, {s.silent} silent; {s.gaps} gaps."
        )
    )
    title = f"Contract set: {cs.name}" + (f"  ({cs.path})" if cs.path else "")
    return Panel(Group(*parts), title=title, title_align="left", box=box.ROUNDED)
