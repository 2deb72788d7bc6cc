"""Provisions of a contract set -> CoverageMatrix (DESIGN 3.5): who covers, limits, disclaims, holds.

How a cell (area, party) is decided, in the order the rules apply:

1. Precedence (manifest `precedence`): when a prevailing document speaks to an area, the
   provisions of the documents it prevails over are set aside for that area (caps likewise).
2. Which provisions speak to the cell. A provision reaches the areas it names ("we are not liable
   for decisions made with Outputs" disclaims the areas it names; it is no cap). One marked
   `general: true` ("as is", "will perform as documented") also reaches GENERAL_AREAS, the
   qualities of the service a warranty speaks to. An indemnity reaches only the areas of its
   `scope`; an SLA the area of its `metric`; a duty to give audits, documentation or logs only
   transparency (for other areas it is a control right: see gaps.py).
   Who is bound: the `obligor` (default: the provider; in end-user terms the customer; in a SOW
   the labeller; both sides of the document when `mutual`; an SLA, and a promise not to train on
   the customer's data (`data_use` with `training: never|opt_in`), bind whoever gives the
   document's service). A commitment other than an SLA binds
   nobody when the rule could not tell who promises. A cap naming no obligor binds both sides of
   its document, and reaches only commitments in documents between the same two sides. An
   assignment puts the area on its `obligor` (default: the customer). A right to change the model
   or the service at will (`unilateral_change`, `permits`) disclaims model_change.
3. A commitment is `covered`, or `limited` when hollowed out: "commercially reasonable efforts",
   an SLA target without a remedy, an indemnity that excludes the very case (`exclusions` naming
   the area, or outputs), harm to end users promised only to the customer (chains: only a promise
   toward end users, the customer's end-user terms, or an indemnity answering the claims of the
   people harmed covers it), or a cap / damages exclusion of the same party that reaches it with
   no carve-out. Caps reach only commitments that pay for the area's harm (CAPPABLE: indemnities,
   warranties, data-protection, security and incident duties); an SLA credit is a bounded remedy
   of its own, and a duty to give notice or information is performed, not paid.
4. The cell takes the strongest: covered > limited > disclaimed > assigned > silent, except that
   an express disclaimer naming the area beats commitments that are only general, unless the
   disclaimer itself yields to what is expressly provided (`except_as_provided`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from .attributes import OUTPUT_QUALITIES, OWN_CLAUSE, OWN_SECTION, OWN_TOP, WHOLE_DOCUMENT
from .kinds import service_giver
from .manifest import Manifest
from .models import (
    AnalyzedDocument,
    ClauseType,
    CoverageCell,
    CoverageMatrix,
    CoverageStatus,
    DocumentKind,
    PartyRole,
    Provision,
    Stance,
)
from .numbering import containing_parts, full_numbers, paragraph_form

#: What a general warranty or a general "as is" speaks to: the qualities of the service and its
#: outputs that implied warranties (fitness, non-infringement, "uninterrupted, error-free, secure") cover.
GENERAL_AREAS = (
    "accuracy",
    "fairness",
    "availability",
    "security",
    "data_quality",
    "ip_infringement",
)

#: A report a regulation itself requires of an AI system's provider ("report serious incidents to
#: the market surveillance authority under the AI Act"): regulatory compliance, unlike a breach
#: notice that merely helps the customer meet its own duties.
_REGULATOR_REPORT = re.compile(
    r"\b(?:ai\s+act|artificial\s+intelligence\s+act|market\s+surveillance|serious\s+incidents?)\b",
    re.IGNORECASE,
)

#: Carve-outs the law makes anyway ("Subject to clause 9.1" where 9.1 keeps liability for death or
#: personal injury caused by negligence and for fraud; gross negligence, which Austrian, German
#: and Dutch law among others do not let standard terms exclude, and two blind labels of the
#: suite read so): they leave an exclusion naming an area a disclaimer of it.
MANDATORY_CARVE_OUTS = frozenset(
    {"death_personal_injury", "fraud", "willful_misconduct", "gross_negligence"}
)


#: Parties whose part is to supply data: their accuracy is the data's quality.
SUPPLIERS_OF_DATA = frozenset({PartyRole.data_supplier, PartyRole.end_user})

#: What terms on the use, retention and deletion of data can speak to.
DATA_AREAS = frozenset({"privacy", "data_quality", "ip_infringement", "security", "transparency"})

#: Indemnity scope -> the areas it reaches.
SCOPE_AREAS: dict[str, tuple[str, ...]] = {
    "ip_infringement": ("ip_infringement",),
    "data_breach": ("privacy", "security"),
    "violation_of_law": ("regulatory_compliance",),
    "bodily_injury": ("downstream_harm",),
    "property_damage": ("downstream_harm",),
    "discrimination": ("fairness",),
    "use_of_service": ("downstream_harm",),  # claims by people harmed through the service's use
    "negligence": ("downstream_harm",),
    "end_user_claim": ("downstream_harm",),  # claims by the people the system acts on
    "content": (
        "ip_infringement",
        "privacy",
    ),  # claims that the customer's content infringes or exposes someone
    "breach_of_contract": (),
}

#: what a support desk is measured by (DESIGN 3.4 puts it under availability)
SUPPORT_METRICS = frozenset({"support", "response_time", "resolution_time"})
#: SLA metric -> the area it measures.
METRIC_AREAS: dict[str, str] = {
    "availability": "availability",
    "uptime": "availability",
    "latency": "availability",
    "response_time": "availability",
    "resolution_time": "availability",
    "throughput": "availability",
    "support": "availability",
    "accuracy": "accuracy",
    "error_rate": "accuracy",
    "fairness": "fairness",
    "bias": "fairness",
    "security": "security",
    "incident_response": "incident_response",
}

#: Cap carve-out -> the areas it shelters (an area id is also accepted as a carve-out).
CARVE_OUT_AREAS: dict[str, tuple[str, ...]] = {
    "data_breach": ("privacy", "security"),
    "breach_notice": ("incident_response",),
    "confidentiality": ("privacy",),
    "death_personal_injury": ("downstream_harm",),
    "ip_infringement": ("ip_infringement",),
}

#: Clause types whose `commits` stance is not a commitment about an area.
NOT_COMMITMENTS = frozenset(
    {
        ClauseType.limitation_of_liability,
        ClauseType.governing_law,
        ClauseType.jurisdiction,
        ClauseType.arbitration,
        ClauseType.termination,
        ClauseType.third_party_beneficiary,
    }
)

#: Commitments a cap can swallow: those that pay for the area's harm. An SLA credit is a bounded
#: remedy of its own; a duty to give notice or information is performed, not paid.
CAPPABLE = frozenset(
    {
        ClauseType.indemnification,
        ClauseType.warranty,
        ClauseType.data_use,
        ClauseType.incident_notification,
        ClauseType.responsibility_allocation,
    }
)

#: Areas whose duties a cap reaches even where they are done rather than paid ("shall return or
#: delete Customer Data"): data-protection and security duties (the labelling guide)
DATA_DUTY_AREAS = frozenset({"privacy", "security"})

#: Areas whose commitments are performed whatever their wording (the labelling guide: human review,
#: like notice, documentation and logs, is done, not paid for; so is telling people they deal with
#: an AI, even as an item of "We promise that:"), so no cap hollows them.
PERFORMED_AREAS = frozenset({"human_oversight", "transparency"})

#: Efforts standards that hollow a commitment out.
HOLLOW_EFFORTS = frozenset(
    {
        "commercially_reasonable",
        "reasonable",
        "good_faith",
        # plain words: "we do our best to", "we make every effort to"
        "our_best",
        "its_best",
        "their_best",
        "our_very_best",
        "its_very_best",
        "their_very_best",
        "every_effort",
        "every_reasonable_effort",
        # "shall endeavour to", "will try to", "will aim to"
        "endeavour",
        "endeavor",
        "aim",
        "seek",
        "strive",
        "try",
        # in the present tense: "Grainline aims to respond within 1 hour"
        # "Where practicable, we will describe material updates ... before they take effect"
        "practicable",
        "aims",
        "strives",
        "endeavours",
        "endeavors",
    }
)

#: Which parties get cells: always these, plus the optional ones the set has.
BASE_PARTIES = (PartyRole.provider, PartyRole.customer)
OPTIONAL_PARTIES = (PartyRole.end_user, PartyRole.data_supplier)

_RANK = {
    CoverageStatus.covered: 4,
    CoverageStatus.limited: 3,
    CoverageStatus.disclaimed: 2,
    CoverageStatus.assigned: 1,
    CoverageStatus.silent: 0,
}


def status_rank(status: CoverageStatus) -> int:
    """DESIGN 3.5 order: covered > limited > disclaimed > assigned > silent."""
    return _RANK[status]


# --------------------------------------------------------------------------- reading provisions


def _attr(p: Provision, name: str, default: Any = None) -> Any:
    return p.attributes.get(name, default) if isinstance(p.attributes, dict) else default


def _list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple, set)):
        return [str(v) for v in value]
    return [str(value)]


def is_general(p: Provision) -> bool:
    return bool(_attr(p, "general", False))


CAP_KEYS = ("cap_basis", "cap_months", "cap_amount", "cap_multiple", "excluded_damages")


def is_cap(p: Provision) -> bool:
    """A liability cap or damages exclusion (the instruments that hollow commitments out)."""
    return p.type == ClauseType.limitation_of_liability and any(_attr(p, k) for k in CAP_KEYS)


def is_training_promise(p: Provision) -> bool:
    """'We will not train on your data' (or only with consent): a privacy promise, whatever the stance read."""
    return p.type == ClauseType.data_use and _attr(p, "training") in ("never", "opt_in")


#: the notice that turns a right to change into a promise of notice before the change ("may
#: change the Model Provider by giving you at least 30 days' prior notice"); shorter notice, or
#: none, leaves the right at will
NOTICE_DAYS_PROMISED = 30


def is_noticed_change(p: Provision) -> bool:
    """A right to change the model that the provider may use only after notice of at least
    `NOTICE_DAYS_PROMISED` days: the notice is a duty it performs, as a promise of notice is (a
    right to change the terms or the service on notice stays a right)."""
    days = _attr(p, "notice_days")
    return (
        p.type == ClauseType.unilateral_change
        and p.stance == Stance.permits
        and isinstance(days, (int, float))
        and days >= NOTICE_DAYS_PROMISED
        and "model" in _list(_attr(p, "changes"))
    )


def is_commitment(p: Provision) -> bool:
    """A promise that covers an area: a duty to give audits or information covers the areas it names."""
    if is_training_promise(p) or is_noticed_change(p):
        return True
    return p.stance == Stance.commits and p.type not in NOT_COMMITMENTS


def is_disclaimer(p: Provision) -> bool:
    """An express disclaimer; also a right to change the model or service at will, which disclaims its stability."""
    if _attr(p, "instead_of", False):
        # "you, and not Zentro, are responsible": an assignment said the other way round
        return False
    if p.stance == Stance.disclaims:
        return True
    if p.type == ClauseType.unilateral_change and p.stance == Stance.permits:
        return not is_noticed_change(p)
    if (
        p.type == ClauseType.limitation_of_liability
        and p.stance == Stance.excludes
        and not is_cap(p)
        and not _carved_out(p)
    ):
        # "we are not liable for decisions you make": excludes liability for the areas it names
        # (saving only what the law keeps anyway: death or personal injury by negligence, fraud)
        return True
    return p.type == ClauseType.disclaimer and p.stance == Stance.excludes


def names_excluded(p: Provision, area: str, sp: SetProvisions | None = None) -> bool:
    """A damages exclusion that also names a head of loss of the area ("not liable for any personal
    injury, or for indirect or consequential damages") disclaims the area, as a plain exclusion
    naming it does; it stays a cap for the commitments it reaches. With the set (`sp`), a
    carve-out of a section keeps back only the areas that section speaks to."""
    return (
        p.type == ClauseType.limitation_of_liability
        and p.stance == Stance.excludes
        and area in _list(_attr(p, "names_areas"))
        and not _carved_out(p, area, sp)
        and not _attr(p, "instead_of", False)
    )


def _carved_out(p: Provision, area: str | None = None, sp: SetProvisions | None = None) -> bool:
    """Whether an exclusion keeps something back. Carve-outs it takes from the section it is
    "subject to" that the law makes anyway (death or personal injury by negligence, fraud) keep
    nothing back; its own words saving them ("Neither party excludes liability for death ...")
    make it no exclusion at all. For one `area`, with the set: a carve-out of sections none of
    whose provisions speaks to the area ("... except to the extent caused by our breach of
    Section 9.1", a security section, in an exclusion that also names decisions about pupils)
    keeps nothing of that area back."""
    carve_outs = set(_list(_attr(p, "carve_outs")))
    kept = carve_outs - MANDATORY_CARVE_OUTS
    if (
        area is not None
        and sp is not None
        and kept
        and all(c.startswith("section:") for c in kept)
        and not any(
            sp.section_speaks_to(p.document_id, carved_section(c)[0], area, p.obligor) for c in kept
        )
    ):
        carve_outs -= kept
        kept = set()
    if _attr(p, "except_ref") and not kept:
        return False
    if carve_outs and carve_outs <= _FAULT_THE_LAW_KEEPS:
        # "NO LIABILITY FOR DEATH, BODILY INJURY ... EXCEPT TO THE EXTENT CAUSED BY OUR GROSS
        # NEGLIGENCE OR WILLFUL MISCONDUCT": what it keeps back is what the law keeps anyway, so
        # it still excludes what it names (the labelling guide)
        return False
    return bool(carve_outs)


#: carve-outs by the kind of fault, which most laws keep out of standard terms whatever they say
_FAULT_THE_LAW_KEEPS = frozenset({"gross_negligence", "willful_misconduct", "fraud"})


def _denied_in_section(
    p: Provision, area: str, deniers: Sequence[Provision], sp: SetProvisions
) -> bool:
    """Whether a disclaimer of the area among `deniers` (those naming `denies_sections`) says the
    section holding commitment `p` promises none of it: "NOTHING IN THIS SECTION 4 CONSTITUTES A
    WARRANTY THAT ANY MODEL VERSION WILL ACHIEVE ANY LEVEL OF PREDICTIVE ACCURACY" keeps the
    monitoring duties of Section 4 out of accuracy."""
    return any(
        d.document_id == p.document_id
        and area in d.areas
        and any(sp.within(p, s) for s in _list(_attr(d, "denies_sections")))
        for d in deniers
        if d is not p
    )


def _excluded_but_elsewhere(p: Provision, area: str, sp: SetProvisions) -> bool:
    """An exclusion of liability for the area that keeps back only sections promising nothing in
    it: "Except as expressly provided in Section 10.01 [an indemnity for infringement and data
    breaches], Curlew shall have no liability for any Claim Decision ..." excludes liability for
    what claim decisions do to policyholders (downstream harm), which 10.01 does not reach."""
    if not (
        p.type == ClauseType.limitation_of_liability
        and p.stance == Stance.excludes
        and area in p.areas
        and _attr(p, "except_as_provided", False)
        and not is_cap(p)
        and not _attr(p, "instead_of", False)
    ):
        return False
    kept = sorted(set(_list(_attr(p, "carve_outs"))) - MANDATORY_CARVE_OUTS)
    if not kept or not all(c.startswith("section:") for c in kept):
        return False
    return not any(
        is_commitment(q)
        and (area in q.areas or area in _list(_attr(q, "scope")))
        and _shelters(kept, area, q, p, sp)
        for q in sp.provisions
    )


def is_assignment(p: Provision) -> bool:
    return p.stance == Stance.assigns


def is_sla(p: Provision) -> bool:
    return p.type == ClauseType.sla and p.stance == Stance.commits


def sla_areas(p: Provision) -> set[str]:
    """The areas an SLA provision measures (its metrics, plus areas it names). A sentence that
    says what the service levels do not measure has the metric "none": it measures nothing."""
    metrics = _list(_attr(p, "metric")) + _list(_attr(p, "metrics"))
    found = {METRIC_AREAS[m] for m in metrics if m in METRIC_AREAS}
    found |= {m for m in metrics if m not in METRIC_AREAS and m != "none"}
    if not metrics:
        found |= set(p.areas)
    return found


def indemnity_areas(p: Provision) -> set[str]:
    """The areas an indemnity's scope reaches; without a scope it reads, the areas it names."""
    scope = _list(_attr(p, "scope"))
    known = [s for s in scope if s in SCOPE_AREAS]
    if not known:
        return set(scope) | set(p.areas)  # a scope given as area ids, or none the mapping knows
    found: set[str] = set()
    for s in known:
        found |= set(SCOPE_AREAS[s])
    return found


def default_obligor(p: Provision, kind: DocumentKind) -> PartyRole:
    """Who is bound when the rule could not tell: 'we' is the provider, except in end-user terms and SOWs."""
    if p.stance == Stance.assigns:
        return PartyRole.end_user if kind == DocumentKind.end_user_terms else PartyRole.customer
    if kind == DocumentKind.end_user_terms:
        return PartyRole.customer
    if kind == DocumentKind.sow:
        return PartyRole.data_supplier
    return PartyRole.provider


def document_parties(kind: DocumentKind) -> frozenset[PartyRole]:
    """The two sides of a document: a labelling SOW binds customer and labeller, end-user terms customer and end users."""
    if kind == DocumentKind.sow:
        return frozenset({PartyRole.customer, PartyRole.data_supplier})
    if kind == DocumentKind.end_user_terms:
        return frozenset({PartyRole.customer, PartyRole.end_user})
    return frozenset({PartyRole.provider, PartyRole.customer})


def reach(
    p: Provision,
    known_areas: Iterable[str],
    clause_changes: Iterable[str] = (),
    receiver: bool = False,
) -> set[str]:
    """The areas a status-deciding provision speaks to.

    `clause_changes` are what the rights to change in the provision's own clause change: a promise
    of notice that names nothing ("we will tell you about significant changes before we make them")
    is about what the clause lets the provider change ("we may ... change the model it uses").
    `receiver`: the provision binds the side receiving the document's service (`receives`)."""
    known = set(known_areas)
    if receiver and p.obligor not in SUPPLIERS_OF_DATA and is_general(p) and is_disclaimer(p):
        # "you give Feedback AS IS": the side receiving the service runs none, so its general
        # disclaimer speaks only to the quality of what it supplies
        return {"data_quality"} & known
    if p.type == ClauseType.indemnification and p.stance == Stance.commits:
        found = indemnity_areas(p)
    elif p.stance == Stance.excludes and _attr(p, "own_failure", False):
        # "If you do not notify us promptly, ... Goldcrest will not be responsible for losses that
        # could have been avoided had you told us sooner": the consequences of the other side's
        # own failure stay with it; that is its duty's sanction, no disclaimer of the area
        found = set()
    elif is_sla(p):
        found = sla_areas(p)
    elif is_training_promise(p):
        # like any data term, it speaks to the data ("You must get any consent the law requires"
        # beside it in a short clause lends it no regulatory_compliance)
        found = {"privacy"} | (set(p.areas) & DATA_AREAS)
    elif p.type == ClauseType.data_use:
        found = set(p.areas) & DATA_AREAS  # data terms speak to data, not to decisions or uptime
    elif p.type == ClauseType.incident_notification and p.stance == Stance.commits:
        # a duty to tell of a breach answers the incident (DESIGN 3.4 incident_response); it
        # promises nothing about preventing one or about how personal data is used, so "notify
        # ... of any Security Incident affecting Personal Data" is no security or privacy
        # commitment (the data-protection promise is the one that speaks to privacy), nor one
        # of compliance with the law that requires it ("the information described in Article
        # 33(3) of the GDPR") unless it is a report that AI law itself requires; telling
        # the "End Users" affected of a breach is no promise about harm done to them (a report of
        # "harm to a patient" still speaks to it)
        found = set(p.areas) - {"security", "privacy"}
        if _attr(p, "of_breach", False):
            # nor one about the service staying up ("a Security Incident affecting your files")
            found -= {"downstream_harm", "availability"}
        if not _REGULATOR_REPORT.search(p.quote or ""):
            found.discard("regulatory_compliance")
    elif p.type == ClauseType.audit_rights:
        # a duty to give audits, documentation or logs is the transparency commitment itself; for
        # other areas it is a control right (gaps.py), not a promise about the area
        found = {"transparency"} & set(p.areas)
    elif p.type == ClauseType.unilateral_change and p.stance in (Stance.permits, Stance.commits):
        changes = set(_list(_attr(p, "changes")))
        if not changes and p.stance == Stance.commits:
            changes = set(clause_changes)
        # the model, or the service without the terms ("we may modify these Terms" is no model change)
        if changes:
            service = "service" in changes or ("features" in changes and p.stance == Stance.permits)
            hits = "model" in changes or (service and "terms" not in changes)
            if (
                p.stance == Stance.commits
                and changes & {"fees", "format"}
                and "model" not in changes
            ):
                # notice of "any such change" after "we may change the fees ... for the
                # Services": a promise about the price, the service only its context; notice
                # of a change to "the fields or format in which the Service writes Notes" is
                # about the data handed over
                hits = False
        else:
            # a right to change something unnamed reads as the service's; a promise (notice before
            # a change) covers model change only when it names the model or the service ("we will
            # give notice of changes to these Terms", "... that reduces the word limit" do not)
            hits = "model_change" in p.areas and p.stance == Stance.permits
        found = {"model_change"} if hits else set()
    else:
        found = set(p.areas)
    if is_general(p):
        found |= set(GENERAL_AREAS)
    if _attr(p, "excludes_outputs", False) and p.stance == Stance.commits:
        # "This warranty does not extend to Provider Models or Outputs": it warrants the
        # service, not what the models produce
        found -= OUTPUT_QUALITIES
    if _attr(p, "excludes_models", False) and p.stance == Stance.commits:
        # "... will not materially reduce the functionality of a paid plan. This warranty does
        # not apply to ... models of Third-Party Model Providers": no promise about the models
        found.discard("model_change")
    if p.obligor in SUPPLIERS_OF_DATA:
        # what a labeller or a person submitting information promises, disclaims or is made to
        # hold about accuracy is the quality of the data it supplies (DESIGN 3.4 data_quality);
        # it runs no service whose availability a general "as is" could disclaim
        if is_general(p):
            found.discard("availability")
        if "accuracy" in found:
            found = (found - {"accuracy"}) | {"data_quality"}
    return found & known


def _top_section(number: str) -> str:
    """The top-level section a numbered clause is in ("5" for 5.2 and 5.2(a)); '' if unnumbered."""
    return re.split(r"[.(]", number, maxsplit=1)[0] if number else ""


def in_section(number: str, section: str) -> bool:
    """Is clause `number` section `section` or one of its sub-clauses (7 holds 7.2 and 7.2(a))?
    "15.1" also names the clause numbered "15(1)", the first paragraph of a clause 15 whose
    paragraphs are numbered on their own (a nested list)."""
    if not number:
        return False
    if _holds(number, section):
        return True
    paragraph = paragraph_form(section)
    return paragraph is not None and _holds(number, paragraph)


def _holds(number: str, section: str) -> bool:
    return number == section or number.startswith(section + ".") or number.startswith(section + "(")


def _holds_paragraph(number: str, section: str) -> bool:
    """A paragraph ("7(b)") named inside a clause the segmenter kept whole ("7. ... (a) ... (b)
    ... (c) Section 7(b) does not apply ..."): the provision stands in clause 7, which holds it."""
    return bool(number) and section.startswith(number + "(")


def _shelters(
    carve_outs: list[str], area: str, commitment: Provision, cap: Provision, sp: SetProvisions
) -> bool:
    """Does a carve-out of `cap` keep `commitment` out of it? Section numbers count in the cap's own document."""
    if commitment.type == ClauseType.indemnification and "indemnity" in carve_outs:
        return True
    for c in carve_outs:
        if c == area or area in CARVE_OUT_AREAS.get(c, ()):
            return True
        if not c.startswith("section:") or commitment.document_id != cap.document_id:
            continue
        section, but_data = carved_section(c)
        if but_data and area in CARVE_OUT_AREAS["data_breach"]:
            continue  # "... breach of Section 12, other than a breach relating to Customer Data"
        if sp.within(commitment, sp.resolve(cap, section)):
            return True  # "Sections 12.1 and 12.2 do not apply to obligations under Section 11"
    return False


def carved_section(carve_out: str) -> tuple[str, bool]:
    """The section a `section:N` carve-out names, and whether it keeps that section's data duties
    under the cap (`section:N:but_data`: "other than a breach relating to Customer Data")."""
    section = carve_out.removeprefix("section:")
    return section.removesuffix(":but_data"), section.endswith(":but_data")


def _reports_to_regulator(p: Provision) -> bool:
    """ "shall report Serious Incidents to the Competent Authority within the time limits of
    Article 87 MDR": a report the law requires of the provider, made to a regulator. As the
    regulatory compliance it is, it is performed, like a notice, and pays nobody; as incident
    response it stays with the notices to the customer, which caps reach."""
    return p.type == ClauseType.incident_notification and bool(
        _REGULATOR_REPORT.search(p.quote or "")
    )


def caps_reaching(
    commitment: Provision, area: str, party: PartyRole, caps: Sequence[Provision], sp: SetProvisions
) -> list[Provision]:
    """The caps and damages exclusions of `party` that reach `commitment` in `area` with no carve-out.

    A cap binds its obligor (both sides of its document when it names none or is mutual) and
    reaches commitments in documents between the same two sides (a vendor's cap reaches its DPA,
    not the labeller's SOW). It reaches every area unless marked `scoped: true`: then the areas it
    `reaches` (a cap for data breaches) or else its own.
    """
    if commitment.type not in CAPPABLE or (
        _attr(commitment, "performed", False) and area not in DATA_DUTY_AREAS
    ):
        return []  # a duty performed (an interface, training, notice), not a sum paid
    if area == "regulatory_compliance" and _reports_to_regulator(commitment):
        return []  # the report the law requires is made, not paid (the notice to the customer is)
    if area in PERFORMED_AREAS and commitment.type == ClauseType.warranty:
        # "shall ensure that the Service does not itself alter any order": a promise about human
        # oversight is kept by how the system is built and run, not paid for
        return []
    sides = document_parties(sp.kind(commitment))
    indemnity = commitment.type == ClauseType.indemnification
    key = (area, party, sides, indemnity, id(caps), commitment.document_id, commitment.clause_id)
    cached = sp._caps_cache.get(key)
    if cached is not None:
        return cached
    out = []
    for cap in caps:
        if party not in sp.bound(cap) or document_parties(sp.kind(cap)) != sides:
            continue
        if _attr(cap, "scoped", False) and area not in (_list(_attr(cap, "reaches")) or cap.areas):
            continue
        if indemnity and not any(_attr(cap, k) for k in CAP_KEYS if k != "excluded_damages"):
            continue  # an award the indemnity pays the other side is its direct loss, not consequential
        if any(_shelters(c, area, commitment, cap, sp) for c in sp.lifted(cap)):
            continue  # "Sections 12.1 and 12.2 do not apply to obligations under Section 11"
        # "Our liability under clause 12.2 is limited to ...", where 12.2 is itself a limit of
        # liability: the cap bounds that limit's regime, not the commitments of 12.2
        sections = [s for s in _list(_attr(cap, "cap_sections")) if not sp.limits_only(cap, s)]
        if (
            sections
            and (
                cap.document_id != commitment.document_id
                or not any(sp.within(commitment, s) for s in sections)
            )
            # "... arising out of a breach of section 10.4 or 10.5, or otherwise arising out of a
            # Security Incident": past its sections, the claims of the areas it names (claims
            # from a security incident are those of a data breach, privacy too, as a carve-out
            # of one shelters both)
            and not (_attr(cap, "cap_beyond_sections", False) and area in _claims_areas(cap))
        ):
            continue  # "liability for breach of the warranties in Section 6" caps only Section 6
        # "Clause 12.3 does not apply to liability under clause 13.3. Instead, liability under
        # clause 13.3 is limited to AUD 500,000": a cap carves nothing out of the sections it
        # limits itself
        own = {f"section:{s}" for s in _list(_attr(cap, "cap_sections"))}
        carve_outs = [c for c in _list(_attr(cap, "carve_outs")) if c not in own]
        if _shelters(carve_outs, area, commitment, cap, sp):
            continue
        out.append(cap)
    sp._caps_cache[key] = out
    return out


def _claims_areas(cap: Provision) -> set[str]:
    """The areas of the claims a cap names: a security incident's are a data breach's."""
    areas = set(cap.areas)
    if "security" in areas:
        areas |= set(CARVE_OUT_AREAS["data_breach"])
    return areas


# --------------------------------------------------------------------------- the set


@dataclass
class SetProvisions:
    """The provisions of a set, sorted stably, with what coverage and gaps need to read them."""

    provisions: list[Provision]
    kinds: dict[str, DocumentKind]  # document id -> kind
    areas: list[str]
    numbers: dict[tuple[str, str], str] = field(
        default_factory=dict
    )  # (document, clause id) -> number
    # (document, clause id) -> number with the marks of the parts above it (numbering.full_numbers)
    full_numbers: dict[tuple[str, str], str] = field(default_factory=dict)
    # (document, clause id) -> the part of the document it stands in ("exhibit a"), in lower case
    containers: dict[tuple[str, str], str] = field(default_factory=dict)
    # area -> provisions in effect for it after precedence (status-deciding ones and caps apart)
    deciding: dict[str, list[Provision]] = field(default_factory=dict)
    caps: dict[str, list[Provision]] = field(default_factory=dict)
    set_aside: dict[str, list[Provision]] = field(default_factory=dict)
    # memos: the same questions are asked for every cell of a large set
    _bound: dict[str, frozenset[PartyRole]] = field(default_factory=dict, repr=False)
    _caps_cache: dict[tuple[Any, ...], list[Provision]] = field(default_factory=dict, repr=False)
    _limits_only: dict[tuple[str, str], bool] = field(default_factory=dict, repr=False)
    _lifted: dict[str, list[list[str]]] = field(default_factory=dict, repr=False)
    _cells: dict[tuple[str, PartyRole], tuple[CoverageCell, list[Judged]]] = field(
        default_factory=dict, repr=False
    )
    # (document, area) -> the numbers of the clauses whose provisions speak to the area
    _area_numbers: dict[tuple[str, str], list[tuple[str, PartyRole | None]]] | None = field(
        default=None, repr=False
    )
    # document -> (referred clause id, its number, the provision) for efforts given by reference
    _efforts_refs: dict[str, list[tuple[str, str, Provision]]] | None = field(
        default=None, repr=False
    )

    def obligor(self, p: Provision) -> PartyRole:
        return p.obligor or default_obligor(p, self.kinds.get(p.document_id, DocumentKind.other))

    def bound(self, p: Provision) -> frozenset[PartyRole]:
        """Who a provision binds: its obligor; both sides of its document when mutual (or a cap naming nobody).

        A service level binds whoever gives the service of its document, whatever party its
        sentence names ("Customer must claim a credit within 30 days" is still the provider's SLA).
        """
        found = self._bound.get(p.id)
        if found is None:
            found = self._bound[p.id] = self._find_bound(p)
        return found

    def _find_bound(self, p: Provision) -> frozenset[PartyRole]:
        if is_sla(p) or is_training_promise(p):
            return frozenset({service_giver(self.kind(p))})
        if p.obligor is not None:
            return frozenset({p.obligor})
        if _attr(p, "mutual", False) and p.type == ClauseType.audit_rights:
            # "each party may disclose the audit reports": the records are the service giver's
            return frozenset({service_giver(self.kind(p))})
        if _attr(p, "mutual", False) and is_disclaimer(p) and is_general(p):
            # "each party disclaims all implied warranties": only the side that gives the service
            # has qualities of the service to disclaim
            return frozenset({service_giver(self.kind(p))})
        if _attr(p, "mutual", False) or is_cap(p):
            return document_parties(self.kind(p))
        if is_commitment(p) and not is_sla(p):
            return frozenset()  # a promise nobody is bound by covers nobody ("no warranty" misread)
        return frozenset({self.obligor(p)})

    def kind(self, p: Provision) -> DocumentKind:
        return self.kinds.get(p.document_id, DocumentKind.other)

    def lifted(self, cap: Provision) -> list[list[str]]:
        """The carve-outs of clauses of the cap's document that lift it by number ('Section 12.2 does not apply to')."""
        if not self.number(cap) and not self.full_number(cap):
            return []
        cached = self._lifted.get(cap.id)
        if cached is None:
            cached = self._lifted[cap.id] = [
                self._own_section(p, _list(_attr(p, "carve_outs")) or self._clause_carve_outs(p))
                for p in self.provisions
                if p.document_id == cap.document_id
                and p.type == ClauseType.limitation_of_liability
                and any(
                    (r := self.resolve(p, s)) == WHOLE_DOCUMENT or self.within(cap, r)
                    for s in _list(_attr(p, "lifts"))
                )
            ]
        return cached

    def _own_section(self, p: Provision, carve_outs: list[str]) -> list[str]:
        """Carve-outs with `OWN_SECTION` ("It is not subject to the limitation of liability in
        Section 17", said in 9.5) read as the top section the provision stands in ("section:9")."""
        if OWN_SECTION not in carve_outs:
            return carve_outs
        top = _top_section(self.number(p))
        own = [f"section:{top}"] if top else []
        return [c for c in carve_outs if c != OWN_SECTION] + own

    def _clause_carve_outs(self, p: Provision) -> list[str]:
        """The carve-outs the other sentences of a lifting provision's clause name: "Nothing in
        these Terms limits our liability for: ... (C) breach of Section 8 ... Sections 15.1 to
        15.4 do not apply to those liabilities." """
        return [
            c
            for q in self.provisions
            if q.document_id == p.document_id and q.clause_id == p.clause_id
            for c in _list(_attr(q, "carve_outs"))
        ]

    def number(self, p: Provision) -> str:
        """The printed number of a provision's clause ('' when unnumbered or unknown)."""
        return self.numbers.get((p.document_id, p.clause_id), "")

    def section_speaks_to(
        self, document_id: str, number: str, area: str, obligor: PartyRole | None = None
    ) -> bool:
        """Does any commitment of section `number` of the document speak to `area`, of the
        party `obligor` when one is given (or of no named party)? A section that only limits
        liability ("Subject to Section 14.4", a cap of its own for data breaches) keeps back no
        area by being carved out, and a carve-out of "a party's obligations under Section 12"
        from the provider's exclusion keeps back the provider's, not the customer's indemnity."""
        if self._area_numbers is None:
            index: dict[tuple[str, str], list[tuple[str, PartyRole | None]]] = {}
            for q in self.provisions:
                names = {n for n in (self.number(q), self.full_number(q)) if n}
                if names and q.stance == Stance.commits:
                    for a in q.areas:
                        for n in names:
                            index.setdefault((q.document_id, a), []).append((n, q.obligor))
            self._area_numbers = index
        return any(
            in_section(n, number) and (obligor is None or by is None or by == obligor)
            for n, by in self._area_numbers.get((document_id, area), [])
        )

    def efforts_by_reference(self, p: Provision) -> tuple[str, Provision] | None:
        """The efforts standard another provision of the same document puts, by a reference to
        its section, on the clause `p` stands in ("We will use commercially reasonable efforts to
        recognise and route handover requests as described in Section 7.4"), with that
        provision; None if there is none."""
        if self._efforts_refs is None:
            found: dict[str, list[tuple[str, str, Provision]]] = {}
            for q in self.provisions:
                ref = _attr(q, "efforts_ref")
                efforts = _efforts(q)
                if ref and efforts in HOLLOW_EFFORTS and q.stance == Stance.commits:
                    number = self.numbers.get((q.document_id, ref), "")
                    found.setdefault(q.document_id, []).append((ref, number, q))
            self._efforts_refs = found
        mine = self.number(p)
        for ref, number, q in self._efforts_refs.get(p.document_id, []):
            if q is not p and (p.clause_id == ref or (number and in_section(mine, number))):
                return _efforts(q), q
        return None

    def full_number(self, p: Provision) -> str:
        """The clause's number with the marks of the parts above it ("I.4"; `full_numbers`)."""
        return self.full_numbers.get((p.document_id, p.clause_id), "")

    def limits_only(self, cap: Provision, section: str) -> bool:
        """Does `section` of the cap's document hold provisions, all of them limits of liability?"""
        key = (cap.document_id, section)
        found = self._limits_only.get(key)
        if found is None:
            inside = [
                p.type
                for p in self.provisions
                if p.document_id == cap.document_id and self.within(p, section)
            ]
            found = self._limits_only[key] = bool(inside) and all(
                t == ClauseType.limitation_of_liability for t in inside
            )
        return found

    def resolve(self, p: Provision, section: str) -> str:
        """A section named by its item label alone ("Subsections (a) and (b) do not apply", said
        in O(c)) as an item of the clause that names it ("O(a)"); "This limit does not apply",
        `OWN_CLAUSE`, as that clause (every cap of the document when it has no number); other
        numbers as they are."""
        if section == OWN_CLAUSE:
            return self.full_number(p) or self.number(p) or WHOLE_DOCUMENT
        if section == OWN_TOP:
            return _top_section(self.full_number(p) or self.number(p)) or WHOLE_DOCUMENT
        if not section.startswith("("):
            return section
        own = self.full_number(p) or self.number(p)
        return re.sub(r"\([^()]*\)$", "", own) + section if own else section

    def within(self, p: Provision, section: str) -> bool:
        """Does a provision stand in `section` of its document, named by its printed number
        ("12.2") or with the marks of the parts above it ("subsection I.4" for a "4." under
        "I. School Plans")?"""
        return (
            in_section(self.number(p), section)
            or in_section(self.full_number(p), section)
            or self.containers.get((p.document_id, p.clause_id)) == section.lower()
            or _holds_paragraph(self.number(p), section)
        )


def receives(p: Provision, kinds: dict[str, DocumentKind]) -> bool:
    """Does the provision bind the side receiving its document's service: the customer in a
    vendor's terms, the end user in a deployer's, whoever orders a SOW's work (a deployer, or a
    vendor training its model)? No side named, or a third party named in passing (the AI
    vendor in a deployer's end-user terms): no."""
    kind = kinds.get(p.document_id, DocumentKind.other)
    if p.obligor is None or p.obligor == service_giver(kind):
        return False
    if kind == DocumentKind.sow:
        return True
    receiver = PartyRole.end_user if kind == DocumentKind.end_user_terms else PartyRole.customer
    return p.obligor == receiver


def is_receiver_change(p: Provision, kinds: dict[str, DocumentKind]) -> bool:
    """A change the side receiving the service makes or undergoes ("you may add features to your
    account", "your payment date may change"): it changes nothing that side is owed, so it
    disclaims no model change. The side giving the service ("we may modify the Service") does,
    and so does a change no side is named for."""
    return (
        p.type == ClauseType.unilateral_change and p.stance == Stance.permits and receives(p, kinds)
    )


def _sort_key(p: Provision) -> tuple[str, int, int, str, str]:
    return (p.document_id, p.start, p.end, p.rule, p.id)


def _doc_matches(ref: str, doc: AnalyzedDocument) -> bool:
    """A manifest names a document by path (relative to the folder), file name, id or kind."""
    if ref in {k.value for k in DocumentKind}:
        return doc.structure.kind.value == ref
    path = doc.document.path.replace("\\", "/")
    ref = ref.replace("\\", "/").lstrip("./")
    return (
        path == ref
        or path.endswith("/" + ref)
        or PurePosixPath(path).name == ref
        or doc.document.id == ref
    )


def collect(
    documents: Sequence[AnalyzedDocument], areas: Sequence[str], manifest: Manifest | None = None
) -> SetProvisions:
    """Gather the set's provisions and apply manifest precedence per area."""
    docs = sorted(documents, key=lambda d: d.document.id)
    kinds = {d.document.id: d.structure.kind for d in docs}
    provisions = sorted((p for d in docs for p in d.provisions), key=_sort_key)
    numbers = {
        (d.document.id, c.id): c.number for d in docs for c in d.structure.clauses if c.number
    }
    full = {
        (d.document.id, cid): n
        for d in docs
        for cid, n in full_numbers(d.structure.clauses).items()
    }
    containers = {
        (d.document.id, cid): part.lower()
        for d in docs
        for cid, part in containing_parts(d.structure.clauses).items()
    }
    sp = SetProvisions(
        provisions=provisions,
        kinds=kinds,
        areas=list(areas),
        numbers=numbers,
        full_numbers=full,
        containers=containers,
    )
    rules = []
    for rule in manifest.precedence if manifest else []:
        winners = {d.document.id for d in docs if _doc_matches(rule.document, d)}
        losers = {d.document.id for d in docs if _doc_matches(rule.over, d)} - winners
        rules.append((winners, losers, set(rule.areas)))
    changes: dict[tuple[str, str], set[str]] = {}
    # and per top-level section: "5.1 We may retrain the model ... 5.2 We will announce
    # deprecations 30 days in advance" (a promise of notice read with its section's rights)
    section_changes: dict[tuple[str, str], set[str]] = {}
    unnamed_rights: set[tuple[str, int]] = set()
    for p in provisions:
        if (
            p.type == ClauseType.unilateral_change
            and p.stance == Stance.permits
            and not is_receiver_change(p, kinds)
        ):
            named = _list(_attr(p, "changes"))
            changes.setdefault((p.document_id, p.clause_id), set()).update(named)
            if top := _top_section(sp.number(p)):
                section_changes.setdefault((p.document_id, top), set()).update(named)
            if not named and "model_change" in p.areas:
                # "may update the Classifier ..., provided that it gives the Client 30 days'
                # notice": a right to change something unnamed reads as the service's (`reach`),
                # and notice promised in the same sentence is notice of that change
                unnamed_rights.add((p.document_id, p.start))
    # a service level set out in another document ("are set out in the Enterprise SLA Addendum")
    # commits to something only when the set holds service levels: an SLA among its documents, or
    # a service level with a target somewhere in it
    holds_levels = any(k == DocumentKind.sla for k in kinds.values()) or any(
        is_sla(p) and not _attr(p, "by_reference") for p in provisions
    )
    reached = {
        p.id: set()
        if is_receiver_change(p, kinds)
        or (is_sla(p) and _attr(p, "by_reference") and not holds_levels)
        else reach(
            p,
            areas,
            changes.get((p.document_id, p.clause_id))
            or section_changes.get((p.document_id, _top_section(sp.number(p))), ())
            or ({"service"} if (p.document_id, p.start) in unnamed_rights else ()),
            receives(p, kinds),
        )
        for p in provisions
        if not is_cap(p)
    }
    for area in areas:
        deciding = [
            p
            for p in provisions
            if (area in reached[p.id] if not is_cap(p) else names_excluded(p, area, sp))
        ]
        caps = [p for p in provisions if is_cap(p)]
        aside: list[Provision] = []
        for winners, losers, rule_areas in rules:
            if rule_areas and area not in rule_areas:
                continue
            for pool in (deciding, caps):
                if any(p.document_id in winners for p in pool):
                    aside += [p for p in pool if p.document_id in losers]
                    pool[:] = [p for p in pool if p.document_id not in losers]
        sp.deciding[area] = deciding
        sp.caps[area] = caps
        sp.set_aside[area] = aside
    return sp


def set_parties(sp: SetProvisions, documents: Sequence[AnalyzedDocument]) -> list[PartyRole]:
    """Provider and customer always; end users and data suppliers when the set has them."""
    present: set[PartyRole] = set()
    for d in documents:
        present |= {p.role for p in d.structure.parties}
        if d.structure.kind == DocumentKind.end_user_terms:
            present.add(PartyRole.end_user)
        if d.structure.kind == DocumentKind.sow:
            present.add(PartyRole.data_supplier)
    for p in sp.provisions:
        present |= {r for r in (p.obligor, p.beneficiary) if r is not None}
    return [*BASE_PARTIES, *(r for r in OPTIONAL_PARTIES if r in present)]


# --------------------------------------------------------------------------- one cell


@dataclass(frozen=True)
class Judged:
    """A commitment as judged for one cell: its status, why, and the caps that hollow it."""

    provision: Provision
    status: CoverageStatus
    reason: str | None = None
    caps: tuple[Provision, ...] = ()


def _efforts(p: Provision) -> str:
    """The efforts standard a promise is made with ("commercially_reasonable"), or ""."""
    return str(_attr(p, "efforts") or "").lower().replace(" ", "_")


def _metrics(p: Provision) -> set[str]:
    return {m for m in _list(_attr(p, "metric")) + _list(_attr(p, "metrics")) if m != "none"}


def _hollow_service_level(
    p: Provision, area: str, party: PartyRole, sp: SetProvisions
) -> str | None:
    """The efforts standard another service level of the same document puts on this one.

    "We will use reasonable endeavours to meet the Service Levels" (or "... to make the platform
    available 99.5% of each month") hollows the credit schedule that sets the same levels out: the
    credits pay for a target only striven for. A level naming another metric is left alone."""
    if not is_sla(p):
        return None
    mine = _metrics(p)
    for q in sp.deciding.get(area, []):
        if q is p or not is_sla(q) or q.document_id != p.document_id or party not in sp.bound(q):
            continue
        efforts = _efforts(q)
        if efforts not in HOLLOW_EFFORTS:
            continue
        theirs = _metrics(q)
        if mine and theirs and not (mine & theirs):
            continue
        if theirs and theirs <= SUPPORT_METRICS and not (mine & SUPPORT_METRICS):
            # "shall use reasonable endeavours to meet the support response times" strives for
            # support only; the credits for uptime beside it are not hollowed by it
            continue
        return efforts
    return None


def judge_commitment(p: Provision, area: str, party: PartyRole, sp: SetProvisions) -> Judged:
    """covered, or limited with the reason (DESIGN 3.5 `limited`)."""
    efforts = _efforts(p)
    if efforts in HOLLOW_EFFORTS:
        return Judged(p, CoverageStatus.limited, f"{efforts.replace('_', ' ')} efforts only")
    by_reference = sp.efforts_by_reference(p) if is_commitment(p) else None
    if by_reference is not None:
        standard, q = by_reference
        where = sp.number(q)
        return Judged(
            p,
            CoverageStatus.limited,
            f"{standard.replace('_', ' ')} efforts only"
            + (f" (section {where} gives that standard to it)" if where else ""),
        )
    hollow = _hollow_service_level(p, area, party, sp)
    if hollow is not None:
        return Judged(
            p,
            CoverageStatus.limited,
            f"the service levels are promised with {hollow.replace('_', ' ')} efforts only",
        )
    if is_sla(p) and not any(
        _attr(p, k) for k in ("credits", "credit_schedule", "sole_remedy", "remedy")
    ):
        return Judged(p, CoverageStatus.limited, "an SLA target without a remedy")
    if _attr(p, "information_only", False):
        return Judged(p, CoverageStatus.limited, "provided for information only, not warranted")
    if _attr(p, "partial", False):
        # "we will give 48 hours' notice of planned maintenance": a duty that serves the area
        # (the customer can plan round the downtime) without promising it
        return Judged(p, CoverageStatus.limited, "a duty that serves the area without promising it")
    if p.type == ClauseType.indemnification:
        excluded: set[str] = set()
        for e in _list(_attr(p, "exclusions")):
            if e in ("output", "outputs"):
                excluded |= indemnity_areas(p) | {area}
            if e == "content":
                # "excluding Customer Data", "claims arising from Customer Data": what the
                # customer supplies is its own to answer for; the claims the indemnity covers
                # (the service or its outputs infringing) are still covered
                continue
            excluded |= set(SCOPE_AREAS.get(e, (e,)))
        if area in excluded:
            return Judged(p, CoverageStatus.limited, "the indemnity excludes this very case")
    if area == "downstream_harm" and not (
        p.beneficiary == PartyRole.end_user
        or sp.kind(p) == DocumentKind.end_user_terms
        or p.type == ClauseType.indemnification
    ):
        return Judged(
            p, CoverageStatus.limited, "promised to the customer, not to the end users harmed"
        )
    caps = caps_reaching(p, area, party, sp.caps.get(area, []), sp)
    if caps:
        return Judged(
            p,
            CoverageStatus.limited,
            "a liability cap or damages exclusion reaches it with no carve-out",
            tuple(caps),
        )
    return Judged(p, CoverageStatus.covered)


def _ids(ps: Iterable[Provision]) -> list[str]:
    return sorted({p.id for p in ps})


def decide_cell(
    area: str, party: PartyRole, sp: SetProvisions
) -> tuple[CoverageCell, list[Judged]]:
    """The status of one (area, party) cell, the provisions that decide it, and the judged commitments."""
    cached = sp._cells.get((area, party))
    if cached is None:
        cached = sp._cells[(area, party)] = _decide_cell(area, party, sp)
    return cached


_WITHOUT_LIMITING = re.compile(r"\bwithout\s+limiting\b", re.IGNORECASE)


def _yields(d: Provision, sp: SetProvisions) -> bool:
    """Whether disclaimer `d` yields to another part of its document ("except as expressly provided
    in Section 9.1"). One that points to a section holding no commitment does not: "WITHOUT
    LIMITING SECTION 11.4, WE DO NOT WARRANT ..." adds to the general disclaimer of 11.4, it does not
    give way to the warranty that 11.4 itself excepts."""
    if not _attr(d, "except_as_provided", False):
        return False
    ref = _attr(d, "except_ref")
    if not ref or not _WITHOUT_LIMITING.search(d.quote or ""):
        return True  # "except as provided in", "subject to": it yields, whatever the part holds
    number = sp.numbers.get((d.document_id, ref), "")
    if not number:
        return True  # an unnumbered part: what it holds is not known well enough to overrule it
    return any(
        p.document_id == d.document_id
        and (p.clause_id == ref or sp.within(p, number))
        and is_commitment(p)
        for p in sp.provisions
    )


def _decide_cell(
    area: str, party: PartyRole, sp: SetProvisions
) -> tuple[CoverageCell, list[Judged]]:
    pool = sp.deciding.get(area, [])
    mine = [p for p in pool if party in sp.bound(p)]
    deniers = [d for d in mine if d.stance == Stance.disclaims and _attr(d, "denies_sections")]
    commitments = [
        p for p in mine if is_commitment(p) and not _denied_in_section(p, area, deniers, sp)
    ]
    disclaimers = [
        p
        for p in mine
        if is_disclaimer(p) or names_excluded(p, area, sp) or _excluded_but_elsewhere(p, area, sp)
    ]
    assignments = [p for p in mine if is_assignment(p)]
    judged = [judge_commitment(p, area, party, sp) for p in commitments]
    # a disclaimer naming the area beats general commitments, unless it yields to them
    # ("except as expressly provided in Section 9.1")
    named_disclaimers = [d for d in disclaimers if area in d.areas and not _yields(d, sp)]
    if named_disclaimers:
        # an express, area-specific disclaimer beats commitments that are only general
        judged_live = [j for j in judged if not is_general(j.provision)]
    else:
        judged_live = judged
    for status in (CoverageStatus.covered, CoverageStatus.limited):
        chosen = [j for j in judged_live if j.status == status]
        if chosen:
            ids = _ids([j.provision for j in chosen] + [c for j in chosen for c in j.caps])
            reasons = sorted({j.reason for j in chosen if j.reason})
            kinds = sorted({j.provision.type.value for j in chosen})
            note = f"{party.value} commits ({', '.join(kinds)})"
            if reasons:
                note += ": " + "; ".join(reasons)
            return CoverageCell(
                area=area, party=party, status=status, provisions=ids, note=note
            ), judged
    if disclaimers:
        chosen_d = named_disclaimers or disclaimers
        note = "expressly disclaimed" if named_disclaimers else "reached by a general disclaimer"
        if judged and named_disclaimers:
            note += "; the named disclaimer beats a general commitment"
        return CoverageCell(
            area=area,
            party=party,
            status=CoverageStatus.disclaimed,
            provisions=_ids(chosen_d),
            note=note,
        ), judged
    if assignments:
        return CoverageCell(
            area=area,
            party=party,
            status=CoverageStatus.assigned,
            provisions=_ids(assignments),
            note=f"put on the {party.value} without a promise from anyone",
        ), judged
    return CoverageCell(
        area=area, party=party, status=CoverageStatus.silent, note="nothing in the set speaks to it"
    ), judged


# --------------------------------------------------------------------------- the matrix


def build_matrix(sp: SetProvisions, parties: Sequence[PartyRole]) -> CoverageMatrix:
    cells = [decide_cell(area, party, sp)[0] for area in sp.areas for party in parties]
    return CoverageMatrix(areas=list(sp.areas), parties=list(parties), cells=cells)


def coverage(
    documents: Sequence[AnalyzedDocument], areas: Sequence[str], manifest: Manifest | None = None
) -> CoverageMatrix:
    """The coverage matrix of a contract set: one cell per (area, party)."""
    sp = collect(documents, areas, manifest)
    return build_matrix(sp, set_parties(sp, documents))
