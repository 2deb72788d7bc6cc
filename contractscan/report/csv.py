"""The portfolio table: one row per (contract set, area), for spreadsheets over many sets."""

from __future__ import annotations

import csv
import io

from ..models import Report, Severity
from ..numbering import cited

COLUMNS = [
    "set",
    "folder",
    "area",
    "provider",
    "customer",
    "end_user",
    "data_supplier",
    "gaps",
    "highest_severity",
    "evidence",
]


def render(report: Report, color: bool = False) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for cs in report.contract_sets:
        cells = {(c.area, c.party.value): c.status.value for c in cs.coverage}
        for area in dict.fromkeys(c.area for c in cs.coverage):
            gaps = [g for g in cs.gaps if g.area == area]
            highest = max((g.severity for g in gaps), key=lambda s: s.rank, default=None)
            evidence = sorted(
                {
                    f"{(e.path or e.document).rsplit('/', 1)[-1]} {cited(e.clause)}"
                    for g in gaps
                    for e in g.evidence
                    if e.clause
                }
            )
            writer.writerow(
                [
                    cs.name,
                    cs.path or "",
                    area,
                    cells.get((area, "provider"), ""),
                    cells.get((area, "customer"), ""),
                    cells.get((area, "end_user"), ""),
                    cells.get((area, "data_supplier"), ""),
                    ";".join(g.kind.value for g in gaps),
                    highest.value if isinstance(highest, Severity) else "",
                    "; ".join(evidence),
                ]
            )
    return buf.getvalue()
