"""A self-contained HTML report (no external assets): matrix, gaps with evidence, a severity filter."""

from __future__ import annotations

from html import escape

from ..models import ContractSet, Report, Severity
from .index import ReportIndex, evidence_line, unique_evidence

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:1200px;color:#1d1d1f;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem} h2{margin-top:2.2rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}
table{border-collapse:collapse;margin:.6rem 0 1rem} th,td{border:1px solid #ddd;padding:.35rem .6rem;text-align:left;vertical-align:top}
th{background:#f4f4f6} .cite{display:block;color:#666;font-size:.8rem}
.covered{background:#dff3e4} .limited{background:#fff4cc} .assigned{background:#f1e4f7}
.disclaimed{background:#fbdcdc} .silent{background:#f7f7f7;color:#888}
.sev{font-weight:600;text-transform:uppercase;font-size:.75rem;padding:.1rem .4rem;border-radius:.3rem}
.sev-critical{background:#b00020;color:#fff} .sev-high{background:#e53935;color:#fff} .sev-medium{background:#ffb300}
.sev-low{background:#90caf9} .sev-info{background:#e0e0e0}
.gap{margin:.6rem 0;padding:.5rem .8rem;border-left:4px solid #ccc;background:#fafafa}
.gap ul{margin:.3rem 0 .2rem 1rem;padding:0;color:#444;font-size:.9rem} .remedy{font-style:italic;color:#333}
.errors td{color:#b00020} .filter{margin:1rem 0} .hidden{display:none}
"""

_JS = """
document.getElementById('min-severity').addEventListener('change', function (e) {
  var order = ['info','low','medium','high','critical'];
  var min = order.indexOf(e.target.value);
  document.querySelectorAll('.gap').forEach(function (g) {
    g.classList.toggle('hidden', order.indexOf(g.dataset.severity) < min);
  });
  document.getElementById('shown').textContent =
    document.querySelectorAll('.gap:not(.hidden)').length;
});
"""


def render(report: Report, color: bool = False) -> str:
    index = ReportIndex(report)
    s = report.summary
    body = [
        "<h1>contractscan report</h1>",
        f"<p>{s.documents} documents ({s.documents_failed} unreadable), {s.contract_sets} contract sets, "
        f"{s.provisions} provisions, <strong>{s.gaps} gaps</strong>.</p>",
        '<div class="filter"><label>Show gaps of severity at least '
        '<select id="min-severity">'
        + "".join(f'<option value="{v.value}">{v.value}</option>' for v in Severity)
        + f'</select></label> <span id="shown">{s.gaps}</span> shown</div>',
    ]
    for cs in report.contract_sets:
        body.extend(_contract_set(cs, index))
    failed = [d for d in report.documents if d.error]
    if failed:
        body.append(
            '<h2>Files that could not be read</h2><table class="errors"><tr><th>file</th><th>code</th><th>message</th></tr>'
        )
        for d in failed:
            assert d.error is not None
            body.append(
                f"<tr><td>{escape(d.path)}</td><td>{d.error.code.value}</td><td>{escape(d.error.message)}</td></tr>"
            )
        body.append("</table>")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>contractscan report</title><style>{_CSS}</style></head><body>"
        + "\n".join(body)
        + f"<script>{_JS}</script></body></html>\n"
    )


def _contract_set(cs: ContractSet, index: ReportIndex) -> list[str]:
    out = [f'<section class="contract-set" id="set-{escape(cs.id)}"><h2>{escape(cs.name)}</h2>']
    out.append(
        "<table><tr><th>document</th><th>kind</th><th>pages</th><th>clauses</th><th>provisions</th></tr>"
    )
    for doc_id in cs.documents:
        d = index.documents.get(doc_id)
        if d is None:
            continue
        kind = f"error: {d.error.code.value}" if d.error else (d.kind.value if d.kind else "-")
        pages = str(d.page_count) if d.page_count is not None else "-"
        n_prov = sum(len(c.provisions) for c in d.clauses)
        out.append(
            f"<tr><td>{escape(d.path)}</td><td>{kind}</td><td>{pages}</td><td>{len(d.clauses)}</td><td>{n_prov}</td></tr>"
        )
    out.append("</table>")

    roles = list(dict.fromkeys(c.party for c in cs.coverage))
    cells = {(c.area, c.party): c for c in cs.coverage}
    out.append(
        '<table class="matrix"><tr><th>area</th>'
        + "".join(f"<th>{r.value}</th>" for r in roles)
        + "</tr>"
    )
    for area in dict.fromkeys(c.area for c in cs.coverage):
        row = [f"<th>{escape(area)}</th>"]
        for role in roles:
            cell = cells.get((area, role))
            if cell is None:
                row.append("<td></td>")
                continue
            cites = index.cell_citations(cell.provisions)
            cite = f'<span class="cite">{escape(cites)}</span>' if cites else ""
            title = f' title="{escape(cell.note)}"' if cell.note else ""
            row.append(f'<td class="{cell.status.value}"{title}>{cell.status.value}{cite}</td>')
        out.append("<tr>" + "".join(row) + "</tr>")
    out.append("</table>")

    out.append(f"<h3>Gaps ({len(cs.gaps)})</h3>")
    for g in cs.gaps:
        ev = "".join(
            f"<li>{escape(evidence_line(e, quote_chars=200))}</li>"
            for e in unique_evidence(g.evidence)
        )
        remedy = f'<div class="remedy">To close: {escape(g.remedy)}</div>' if g.remedy else ""
        out.append(
            f'<div class="gap" data-severity="{g.severity.value}" data-kind="{g.kind.value}" data-area="{escape(g.area)}">'
            f'<span class="sev sev-{g.severity.value}">{g.severity.value}</span> '
            f"<strong>{escape(g.area)}</strong> · {g.kind.value}<div>{escape(g.explanation)}</div>"
            f"<ul>{ev}</ul>{remedy}</div>"
        )
    out.append("</section>")
    return out
