"""Matrix + provisions + playbook -> Gap list (DESIGN 3.6), each with its reasons, evidence and remedy.

The kinds, per area:
- uncovered: no party is covered or limited, and every cell is silent or disclaimed.
- residual: no party is covered or limited, and some party holds the area (assigned).
- responsibility_without_control: the customer's cell is `assigned` and the set gives the customer
  no audit, testing or transparency right that reaches the area (an `audit_rights` provision by
  another party naming the area or no area; or a duty to inform naming transparency and the area).
- sla_blind_spot: the set has an SLA whose giver the playbook expects to measure the area
  (`sla_areas`: the provider's accuracy and fairness, a labeller's data quality), and no SLA
  metric in the set measures it.
- indemnity_scope: the set has an indemnity protecting the customer, the playbook expects
  indemnity for the area (`indemnity_areas`), and no such indemnity's scope reaches it.
- cap_exposure: a party's commitment on the area is `limited` because a cap or damages exclusion
  reaches it with no carve-out. A cap under the playbook's `min_cap_months` raises the severity.
- no_recourse (the playbook's `no_recourse_areas`, harms that land on end users): end users are
  excluded as third-party beneficiaries and no party is covered or limited for the area (for
  downstream_harm a cell counts as covered only through a promise toward end users, the customer's
  end-user terms or an indemnity answering their claims: see coverage.py).
- unnoticed_change (area model_change): the provider may change the model, service or terms
  without notice, or with less than the playbook's `min_notice_days`.
- below_playbook (not in DESIGN 3.6): someone covers the area, but not as the playbook requires
  (the required party's status is not one it accepts, or an SLA under `min_uptime`).

A gap's id is a fingerprint of set id, area and kind, so runs can be compared.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from .areas import AreaDefinition
from .coverage import (
    SetProvisions,
    decide_cell,
    indemnity_areas,
    is_sla,
    reach,
    sla_areas,
    status_rank,
)
from .models import (
    AnalyzedDocument,
    Clause,
    ClauseType,
    CoverageMatrix,
    CoverageStatus,
    Evidence,
    Gap,
    GapKind,
    PartyRole,
    Provision,
    Severity,
    Stance,
)
from .numbering import cited
from .playbook import Playbook
from .quotes import shorten

QUOTE_CHARS = 160
MAX_CITES = 3  # clauses cited in a gap's explanation


def gap_id(set_id: str, area: str, kind: GapKind | str) -> str:
    """Stable fingerprint over set, area and kind."""
    raw = f"{set_id}\x1f{area}\x1f{GapKind(kind).value}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def severity_at_least(gaps: Iterable[Gap], threshold: Severity | str) -> bool:
    """Whether any gap is at or above `threshold` (what `--fail-on` turns into exit status 1)."""
    floor = Severity(threshold).rank
    return any(g.severity.rank >= floor for g in gaps)


def sort_gaps(gaps: Iterable[Gap]) -> list[Gap]:
    """Highest severity first, then area, then kind."""
    return sorted(gaps, key=lambda g: (-g.severity.rank, g.area, g.kind.value))


# --------------------------------------------------------------------------- evidence


class Citations:
    """Looks up where a provision sits (path, clause number, heading, page) for evidence and prose."""

    def __init__(self, documents: Sequence[AnalyzedDocument]) -> None:
        self._docs = {d.document.id: d for d in documents}
        self._clauses: dict[tuple[str, str], Clause] = {
            (d.document.id, c.id): c for d in documents for c in d.structure.clauses
        }

    def evidence(self, p: Provision) -> Evidence:
        doc = self._docs.get(p.document_id)
        clause = self._clauses.get((p.document_id, p.clause_id))
        page = None
        if clause is not None and clause.page_start is not None:
            page = clause.page_start
        elif doc is not None:
            page = doc.document.page_at(p.start)
        return Evidence(
            provision=p.id,
            document=p.document_id,
            path=doc.document.path if doc else None,
            clause=clause.ref if clause else None,
            heading=clause.heading if clause else None,
            page=page,
            quote=_short(p.quote),
        )

    def cite_all(self, ps: Sequence[Provision]) -> str:
        """`terms.pdf §9.2, §12.2 (pp. 4-5); sla.md §6`: where, not what; quotes go in the evidence."""
        by_doc: dict[str, list[Evidence]] = {}
        for p in ps:
            e = self.evidence(p)
            by_doc.setdefault((e.path or e.document).rsplit("/", 1)[-1], []).append(e)
        parts = []
        for name, evs in by_doc.items():
            secs = list(
                dict.fromkeys(
                    cited(e.clause) if e.clause else (e.heading or "preamble") for e in evs
                )
            )
            pages = sorted({e.page for e in evs if e.page})
            where = f"{name} {', '.join(secs)}"
            if pages:
                where += f", p. {pages[0]}" if len(pages) == 1 else f", pp. {pages[0]}-{pages[-1]}"
            parts.append(where)
        return "; ".join(parts)


def _short(text: str | None) -> str | None:
    if not text:
        return None
    return shorten(text, QUOTE_CHARS)


def _unique(ps: Iterable[Provision]) -> list[Provision]:
    seen: dict[str, Provision] = {}
    for p in ps:
        seen.setdefault(p.id, p)
    return sorted(seen.values(), key=lambda p: (p.document_id, p.start, p.id))


# --------------------------------------------------------------------------- helpers


def _control_rights(sp: SetProvisions, area: str) -> list[Provision]:
    """Audit, testing or transparency rights the customer holds that reach `area`.

    An audit right reaches the areas it names (all when it names none); a duty to inform
    (a commitment naming transparency) reaches the other areas it names.
    """
    out = []
    for p in sp.provisions:
        if sp.obligor(p) == PartyRole.customer or p.stance not in (Stance.commits, Stance.permits):
            continue
        if p.type == ClauseType.audit_rights and p.beneficiary in (None, PartyRole.customer):
            # a right to test the system itself reaches every area it could go wrong in
            if not p.areas or area in p.areas or p.attributes.get("testing"):
                out.append(p)
        elif p.stance == Stance.commits and "transparency" in p.areas and area in p.areas:
            out.append(p)
    return out


def _customer_indemnities(sp: SetProvisions) -> list[Provision]:
    return [
        p
        for p in sp.provisions
        if p.type == ClauseType.indemnification
        and p.stance == Stance.commits
        and sp.obligor(p) != PartyRole.customer
        and p.beneficiary != PartyRole.provider
    ]


def _notice_short(p: Provision, min_days: int | None) -> tuple[bool, str]:
    """Whether a change right comes without (enough) notice, and how to say it."""
    attrs = p.attributes or {}
    if attrs.get("notice_given") and "notice_days" not in attrs:
        return False, ""
    days = attrs.get("notice_days")
    if days is None:
        return True, "without notice"
    try:
        n = int(days)
    except (TypeError, ValueError):
        return False, ""
    if min_days is not None and n < min_days:
        return True, f"on {n} days' notice, under the playbook's {min_days}"
    return False, ""


def _cap_months(cap: Provision) -> float | None:
    attrs = cap.attributes or {}
    months = attrs.get("cap_months")
    try:
        if months is not None:
            m = float(months)
            mult = attrs.get("cap_multiple")
            return m * float(mult) if mult else m
        if attrs.get("cap_basis") == "multiple_of_cap":
            return None  # a multiple of another cap: its months are that cap's, not read here
        if attrs.get("cap_multiple"):
            return 12 * float(attrs["cap_multiple"])  # a multiple of fees reads as annual fees
    except (TypeError, ValueError):
        return None
    return None


def _describe_cap(cap: Provision) -> str:
    """'a cap of 12 months of fees', 'a cap of USD 100', 'an exclusion of consequential damages'."""
    attrs = cap.attributes or {}
    if attrs.get("cap_months"):
        return f"a cap of {float(attrs['cap_months']):g} months of fees"
    if attrs.get("cap_basis") == "multiple_of_cap":
        return f"a cap of {float(attrs['cap_multiple']):g}x another cap of the document"
    if attrs.get("cap_multiple"):
        return f"a cap of {float(attrs['cap_multiple']):g}x fees"
    if attrs.get("cap_amount"):
        return (
            f"a cap of {attrs.get('cap_currency') or ''} {float(attrs['cap_amount']):,.0f}".replace(
                "  ", " "
            )
        )
    basis = attrs.get("cap_basis")
    if basis == "undisclosed":
        return "a cap whose amount the document withholds"
    if basis == "fixed":
        return "a cap of a fixed amount"
    if basis == "by_reference":
        return "the caps of the main agreement, applied by reference"
    if basis == "foreseeable_damage":
        return "a cap at the damage typical and foreseeable for the contract"
    if basis:
        return "a cap on fees paid"
    damages = attrs.get("excluded_damages") or []
    if damages:
        return (
            "an exclusion of "
            + ", ".join(str(d).replace("_", " ") for d in damages[:3])
            + " damages"
        )
    return "a limitation of liability"


# --------------------------------------------------------------------------- finding gaps


class _Builder:
    def __init__(
        self,
        set_id: str,
        sp: SetProvisions,
        matrix: CoverageMatrix,
        documents: Sequence[AnalyzedDocument],
        areas: Sequence[AreaDefinition],
        playbook: Playbook,
    ) -> None:
        self.set_id = set_id
        self.sp = sp
        self.matrix = matrix
        self.cite = Citations(documents)
        self.titles = {a.id: a.title for a in areas}
        self.playbook = playbook
        self.n_docs = len(documents)
        self.gaps: dict[tuple[str, GapKind], Gap] = {}

    def title(self, area: str) -> str:
        return self.titles.get(area, area.replace("_", " "))

    def add(
        self,
        area: str,
        kind: GapKind,
        why: str,
        remedy: str,
        evidence: Iterable[Provision],
        severity: Severity,
    ) -> None:
        ev = _unique(evidence)
        by_clause: dict[tuple[str, str], Provision] = {}
        for p in ev:  # cite each clause once in the prose; the evidence list keeps every provision
            by_clause.setdefault((p.document_id, p.clause_id), p)
        clauses = list(by_clause.values())
        explanation = why
        if clauses:
            more = len(clauses) - MAX_CITES
            cites = self.cite.cite_all(clauses[:MAX_CITES]) + (
                f"; and {more} more" if more > 0 else ""
            )
            explanation = f"{why.rstrip('.')} ({cites})."
        self.gaps[(area, kind)] = Gap(
            id=gap_id(self.set_id, area, kind),
            area=area,
            kind=kind,
            severity=severity,
            explanation=explanation,
            remedy=remedy,
            evidence=[self.cite.evidence(p) for p in ev],
        )

    def provisions_of(self, ids: Iterable[str]) -> list[Provision]:
        wanted = set(ids)
        return [p for p in self.sp.provisions if p.id in wanted]

    # ----------------------------------------------------------------- per area

    def area(self, area: str) -> None:
        sp, pb = self.sp, self.playbook
        cells = {c.party: c for c in self.matrix.cells if c.area == area}
        statuses = {party: c.status for party, c in cells.items()}
        met = pb.position_met(area, statuses)
        title = self.title(area)
        pos = pb.position(area)
        commits = any(
            s in (CoverageStatus.covered, CoverageStatus.limited) for s in statuses.values()
        )
        deciding = [p for c in cells.values() for p in self.provisions_of(c.provisions)]

        def sev(kind: GapKind) -> Severity:
            return pb.severity(area, kind, met)

        if not commits:
            assigned = [party for party, s in statuses.items() if s == CoverageStatus.assigned]
            disclaimers = [
                p
                for party, c in cells.items()
                if c.status == CoverageStatus.disclaimed
                for p in self.provisions_of(c.provisions)
            ]
            if assigned:
                holders = " and ".join(f"the {r.value.replace('_', ' ')}" for r in assigned)
                why = (
                    f"No party commits to {title.lower()}, but the set puts it on {holders}, "
                    "who holds the risk with no remedy against anyone."
                )
                if disclaimers:
                    why += " The other side disclaims it."
                self.add(
                    area,
                    GapKind.residual,
                    why,
                    f"A commitment by the provider on {title.lower()} (a warranty, SLA metric or "
                    "indemnity), or narrowing the clause that puts it on "
                    f"{holders}.",
                    deciding,
                    sev(GapKind.residual),
                )
            else:
                if disclaimers:
                    who = sorted(
                        {
                            party.value.replace("_", " ")
                            for party, c in cells.items()
                            if c.status == CoverageStatus.disclaimed
                        }
                    )
                    why = f"No party covers {title.lower()}: the {' and the '.join(who)} disclaim{'s' if len(who) == 1 else ''} it and nobody else speaks to it."
                else:
                    why = (
                        f"No party covers {title.lower()}: nothing in the set's "
                        f"{self.n_docs} document{'s' if self.n_docs != 1 else ''} speaks to it."
                    )
                remedy = (
                    pos.remedy
                    if pos and pos.remedy
                    else f"A clause in which the provider warrants or commits to {title.lower()}, with a remedy."
                )
                self.add(area, GapKind.uncovered, why, remedy, disclaimers, sev(GapKind.uncovered))
        elif not met and pos is not None:
            required = "; ".join(
                f"{who.replace('_', ' ')} {' or '.join(s.value for s in allowed)}"
                for who, allowed in pos.require.items()
            )
            actual = ", ".join(
                f"{party.value.replace('_', ' ')} {s.value}" for party, s in statuses.items()
            )
            self.add(
                area,
                GapKind.below_playbook,
                f"The playbook requires {required} for {title.lower()}; the set has {actual}.",
                pos.remedy or f"A commitment on {title.lower()} from the party the playbook names.",
                deciding,
                pos.otherwise or sev(GapKind.below_playbook),
            )

        customer = cells.get(PartyRole.customer)
        if (
            customer is not None
            and customer.status == CoverageStatus.assigned
            and not _control_rights(sp, area)
        ):
            self.add(
                area,
                GapKind.responsibility_without_control,
                f"The customer is made responsible for {title.lower()}, but the set gives it no "
                "audit, testing or transparency right to control it.",
                f"A right to documentation, evaluation results, logs or testing for {title.lower()}, "
                "so the customer can control what it is made responsible for.",
                self.provisions_of(customer.provisions),
                sev(GapKind.responsibility_without_control),
            )

        self.sla(area, sev)
        self.indemnity(area, sev)
        self.caps(area, cells, sev)

    def sla(self, area: str, sev) -> None:  # type: ignore[no-untyped-def]
        slas = [p for p in self.sp.provisions if is_sla(p)]
        if not slas:
            return
        measuring = [p for p in slas if area in sla_areas(p)]
        expecting = [
            p for p in slas if any(self.playbook.sla_expected(area, r) for r in self.sp.bound(p))
        ]
        if expecting and not measuring:
            measured = sorted({a for p in expecting for a in sla_areas(p)})
            self.add(
                area,
                GapKind.sla_blind_spot,
                f"The set has an SLA, but it measures only {', '.join(measured) or 'unnamed metrics'}, "
                f"not {self.title(area).lower()}.",
                f"An SLA metric for {self.title(area).lower()} with service credits.",
                expecting,
                sev(GapKind.sla_blind_spot),
            )
        minimum = self.playbook.thresholds.min_uptime
        if area == "availability" and minimum is not None and measuring:
            targets = [
                (p, float(p.attributes["target"]))
                for p in measuring
                if isinstance(p.attributes.get("target"), (int, float))
            ]
            if targets and all(t < minimum for _, t in targets):
                best = max(t for _, t in targets)
                self.add(
                    area,
                    GapKind.below_playbook,
                    f"The SLA promises {best:g}% availability, under the playbook's minimum of {minimum:g}%.",
                    f"An availability commitment of at least {minimum:g}% with service credits.",
                    [p for p, _ in targets],
                    sev(GapKind.below_playbook),
                )

    def indemnity(self, area: str, sev) -> None:  # type: ignore[no-untyped-def]
        if area not in self.playbook.indemnity_areas:
            return
        indemnities = _customer_indemnities(self.sp)
        if not indemnities or any(area in indemnity_areas(p) for p in indemnities):
            return
        scopes = sorted({s for p in indemnities for s in (p.attributes.get("scope") or [])})
        self.add(
            area,
            GapKind.indemnity_scope,
            f"The set has an indemnity ({', '.join(str(s).replace('_', ' ') for s in scopes) or 'scope not stated'}), "
            f"but its scope leaves out claims about {self.title(area).lower()}.",
            f"Extend the indemnity to third-party claims arising from {self.title(area).lower()}.",
            indemnities,
            sev(GapKind.indemnity_scope),
        )

    def caps(self, area: str, cells, sev) -> None:  # type: ignore[no-untyped-def]
        exposed: list[Provision] = []
        caps: list[Provision] = []
        seen: set[str] = set()
        for party, cell in cells.items():
            if cell.status != CoverageStatus.limited:
                continue
            _, judged = decide_cell(area, party, self.sp)
            for j in judged:
                if (
                    j.status == CoverageStatus.limited
                    and j.caps
                    and j.provision.id in cell.provisions
                ):
                    exposed.append(j.provision)
                    caps += [c for c in j.caps if c.id not in seen]
                    seen |= {c.id for c in j.caps}
        if not exposed:
            return
        severity = sev(GapKind.cap_exposure)
        minimum = self.playbook.thresholds.min_cap_months
        low = [c for c in caps if minimum is not None and (_cap_months(c) or minimum) < minimum]
        kinds = sorted({j.type.value.replace("_", " ") for j in exposed})
        what = "; ".join(sorted({_describe_cap(c) for c in caps}))
        why = (
            f"The {' and '.join(kinds)} commitments on {self.title(area).lower()} fall under {what}, "
            "with no carve-out for them."
        )
        if low and self.playbook.thresholds.below_minimum_cap is not None:
            why += f" The cap is under the playbook's minimum of {minimum:g} months of fees."
            if self.playbook.thresholds.below_minimum_cap.rank > severity.rank:
                severity = self.playbook.thresholds.below_minimum_cap
        self.add(
            area,
            GapKind.cap_exposure,
            why,
            f"A carve-out from the cap (or a higher cap) for liability on {self.title(area).lower()}.",
            exposed + caps,
            severity,
        )

    # ----------------------------------------------------------------- set-wide

    def no_recourse(self) -> None:
        exclusions = [
            p
            for p in self.sp.provisions
            if p.type == ClauseType.third_party_beneficiary and p.stance == Stance.excludes
        ]
        if not exclusions:
            return
        for area in self.playbook.no_recourse_areas:
            if area not in self.sp.areas:
                continue
            statuses = {c.party: c.status for c in self.matrix.cells if c.area == area}
            if any(
                s in (CoverageStatus.covered, CoverageStatus.limited) for s in statuses.values()
            ):
                continue
            self.add(
                area,
                GapKind.no_recourse,
                "End users are excluded as third-party beneficiaries, and no party covers "
                f"{self.title(area).lower()}: a harm to them has no contractual remedy.",
                f"A commitment toward end users on {self.title(area).lower()} (in the deployer's "
                "end-user terms), or naming end users as beneficiaries of that protection.",
                exclusions,
                self.playbook.severity(
                    area, GapKind.no_recourse, self.playbook.position_met(area, statuses)
                ),
            )

    def unnoticed_change(self) -> None:
        area = "model_change"
        if area not in self.sp.areas:
            return
        aside = {p.id for p in self.sp.set_aside.get(area, [])}
        found: list[tuple[Provision, str]] = []
        for p in self.sp.provisions:
            if (
                p.type != ClauseType.unilateral_change
                or p.stance == Stance.commits
                or p.id in aside
            ):
                continue
            if self.sp.obligor(p) != PartyRole.provider:
                continue
            if not set(p.attributes.get("changes") or ["service"]) & {
                "model",
                "service",
                "features",
                "terms",
            }:
                continue  # fees alone are not what this gap is about
            short, how = _notice_short(p, self.playbook.thresholds.min_notice_days)
            if short:
                found.append((p, how))
        if not found:
            return
        changes = sorted(
            {c for p, _ in found for c in (p.attributes.get("changes") or ["service"])}
        )
        hows = sorted({h for _, h in found})
        statuses = {c.party: c.status for c in self.matrix.cells if c.area == area}
        self.add(
            area,
            GapKind.unnoticed_change,
            f"The provider may change the {', '.join(changes)} {' or '.join(hows)}.",
            f"At least {self.playbook.thresholds.min_notice_days or 30} days' notice of changes to the "
            "model, service or terms, with the right to keep the prior version or to terminate with a refund.",
            [p for p, _ in found],
            self.playbook.severity(
                area, GapKind.unnoticed_change, self.playbook.position_met(area, statuses)
            ),
        )


def find_gaps(
    set_id: str,
    sp: SetProvisions,
    matrix: CoverageMatrix,
    documents: Sequence[AnalyzedDocument],
    areas: Sequence[AreaDefinition],
    playbook: Playbook,
) -> list[Gap]:
    """Every gap of the set, sorted by severity (highest first), then area, then kind."""
    b = _Builder(set_id, sp, matrix, documents, areas, playbook)
    for area in matrix.areas:
        b.area(area)
    b.no_recourse()
    b.unnoticed_change()
    return sort_gaps(b.gaps.values())


__all__ = [
    "Citations",
    "find_gaps",
    "gap_id",
    "reach",
    "severity_at_least",
    "sort_gaps",
    "status_rank",
]
