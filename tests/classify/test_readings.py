"""Readings the sample sets rely on, on invented sentences: carve-outs by reference, list lead-ins,
customer promises as assignments, promises inside exclusions, imperatives, joined sentences, SLA metrics."""

from __future__ import annotations

from conftest import shipped_rulebook

from contractscan.classify import classify
from contractscan.models import (
    Clause,
    ClauseType,
    CrossReference,
    Document,
    DocumentKind,
    DocumentStructure,
    PartyRole,
    Stance,
)

RB = shipped_rulebook()


def _clauses(text: str, numbers: list[tuple[str, str, str | None]]) -> list[Clause]:
    """Clauses from (number, first words, parent number); each runs to the next one."""
    starts = [(n, text.index(head), parent) for n, head, parent in numbers]
    out = []
    for i, (n, s, parent) in enumerate(starts):
        e = starts[i + 1][1] if i + 1 < len(starts) else len(text)
        out.append(
            Clause(
                id=f"c-{n}",
                number=n,
                start=s,
                end=e,
                text=text[s:e].strip(),
                parent=f"c-{parent}" if parent else None,
            )
        )
    return out


def run(text, kind=DocumentKind.master_agreement, clauses=(), xrefs=()):
    doc = Document(id="t", path="<t>", text=text)
    st = DocumentStructure(kind=kind, clauses=list(clauses), cross_references=list(xrefs))
    return classify(doc, st, RB)


def test_except_as_provided_imports_the_carve_outs_of_the_named_section():
    text = (
        "12.1 Except as provided in Section 12.3, neither Party will be liable for any indirect or "
        "consequential damages.\n12.3 Sections 12.1 and 12.2 do not apply to a Party's obligations "
        "under Section 11 or to its gross negligence.\n"
    )
    clauses = _clauses(text, [("12.1", "12.1 Except", None), ("12.3", "12.3 Sections", None)])
    ref = text.index("Section 12.3")
    xrefs = [
        CrossReference(
            source="c-12.1", text="Section 12.3", start=ref, end=ref + 12, target="c-12.3"
        )
    ]
    caps = [
        p
        for p in run(text, clauses=clauses, xrefs=xrefs)
        if p.clause_id == "c-12.1" and p.type == ClauseType.limitation_of_liability
    ]
    assert caps
    assert {"section:11", "gross_negligence"} <= set(caps[0].attributes["carve_outs"])


def test_a_sentence_subordinating_clauses_is_no_carve_out_of_them():
    # "Subject to clause 13" imports what clause 13 keeps back, sentence by sentence: "Clauses 12
    # and 14 are subject to this clause 13" keeps nothing back from the cap
    text = (
        "13 Nothing in this Agreement excludes any guarantee that cannot lawfully be excluded. "
        "Clauses 12 and 14 are subject to this clause 13.\n"
        "14.2 Subject to clause 13, the Supplier's total liability is limited to the fees paid in "
        "the twelve months before the claim.\n"
    )
    clauses = _clauses(text, [("13", "13 Nothing", None), ("14.2", "14.2 Subject", None)])
    ref = text.index("clause 13,")
    xrefs = [
        CrossReference(source="c-14.2", text="clause 13", start=ref, end=ref + 9, target="c-13")
    ]
    caps = [
        p
        for p in run(text, clauses=clauses, xrefs=xrefs)
        if p.clause_id == "c-14.2" and p.type == ClauseType.limitation_of_liability
    ]
    assert caps
    assert not {"section:12", "section:14"} & set(caps[0].attributes.get("carve_outs", []))


def test_a_clause_lifting_caps_names_them_and_its_carve_outs():
    text = "12.3 The limits in Sections 12.1 and 12.2 do not apply to your obligations under Section 11.3."
    [p] = [p for p in run(text) if p.rule == "liability.carve_out"]
    assert p.attributes["lifts"] == ["12.1", "12.2"]
    assert p.attributes["carve_outs"] == ["section:11.3"]


def test_a_cap_for_breach_of_one_section_is_scoped_to_it_but_including_is_not():
    scoped = run(
        "Provider's total liability for breach of the warranties in Section 6 will not exceed "
        "three times the fees paid in the twelve months before the claim."
    )
    assert any(p.attributes.get("cap_sections") == ["6"] for p in scoped)
    wide = run(
        "Our total liability arising out of these Terms, including under Section 11, will not "
        "exceed the fees you paid in the 12 months before the claim."
    )
    assert not any(p.attributes.get("cap_sections") for p in wide)


def test_an_indemnity_lead_in_is_read_with_its_list():
    text = (
        "11.1 Provider will defend and indemnify Customer against any claim to the extent arising from:\n"
        "(a) an allegation that any Output infringes any intellectual property right;\n"
        "(b) an allegation by a Candidate that the system caused unlawful discrimination.\n"
    )
    clauses = _clauses(
        text, [("11.1", "11.1", None), ("11.1(a)", "(a)", "11.1"), ("11.1(b)", "(b)", "11.1")]
    )
    [p] = [p for p in run(text, clauses=clauses) if p.type == ClauseType.indemnification]
    assert {"ip_infringement", "discrimination", "end_user_claim"} <= set(p.attributes["scope"])


def test_a_warranty_by_the_side_receiving_the_service_is_an_assignment():
    [p] = [
        p
        for p in run(
            "Customer represents and warrants that the Customer Data it submits is accurate and complete."
        )
        if p.rule == "warranty.warrants"
    ]
    assert (p.type, p.stance, p.obligor) == (
        ClauseType.warranty,
        Stance.assigns,
        PartyRole.customer,
    )
    assert "data_quality" in p.areas
    [q] = [
        p
        for p in run(
            "Provider warrants that the AI System will meet the accuracy metrics in the Model Card."
        )
        if p.rule == "warranty.warrants"
    ]
    assert (q.type, q.stance) == (ClauseType.warranty, Stance.commits)


def test_a_promise_inside_a_liability_exclusion_is_none():
    found = run(
        "We are not responsible for the removal or deletion of any of your User Content.",
        kind=DocumentKind.terms_of_service,
    )
    assert not [p for p in found if p.type == ClauseType.data_use and p.stance == Stance.commits]


def test_notify_us_binds_the_reader():
    found = run(
        "Keep your password confidential and notify us right away of any unauthorized use.",
        kind=DocumentKind.terms_of_service,
    )
    [p] = [p for p in found if p.type == ClauseType.incident_notification]
    assert p.obligor == PartyRole.customer


def test_the_subject_is_read_after_a_missed_full_stop():
    from contractscan.classify import _PartyReader, _subject, default_aliases

    # one "sentence", as a splitter that missed the boundary leaves it
    sentence = "In that case you will give Feedback AS IS. WE MAKE NO WARRANTY AND HEREBY DISCLAIM ALL WARRANTIES"
    reader = _PartyReader(
        default_aliases(DocumentKind.terms_of_service),
        RB.readings["mutual"],
        RB.readings["owned_data"],
    )
    at = sentence.index("DISCLAIM")
    subj = _subject(reader.mentions(sentence, 0), at, at + 8, sentence, 0, 0)
    assert subj is not None and subj.role == PartyRole.provider


def test_sla_metric_comes_from_the_heading_and_stops_at_not_measured():
    text = (
        "1.3 Impact Ratio. Provider will ensure that in each calendar quarter the selection-rate ratio "
        "for each group is at least 0.80."
    )
    clauses = _clauses(text, [("1.3", "1.3", None)])
    [p] = [
        p
        for p in run(text, kind=DocumentKind.sla, clauses=clauses)
        if p.rule == "sla.measured_target"
    ]
    assert p.attributes["metric"] == "fairness"
    [q] = [
        p
        for p in run(
            "These service levels do not measure the accuracy of any Output.", kind=DocumentKind.sla
        )
        if p.rule == "sla.service_level"
    ]
    assert q.attributes.get("metric") != "accuracy"


def test_reasonable_efforts_are_read_on_any_commitment():
    [p] = [
        p
        for p in run(
            "Provider will use commercially reasonable efforts to notify Customer of any security "
            "incident affecting Customer Data."
        )
        if p.type == ClauseType.incident_notification
    ]
    assert p.attributes["efforts"] == "commercially_reasonable"
    [q] = [
        p
        for p in run(
            "While maintaining reasonable data security measures, we cannot guarantee that the "
            "Service is secure.",
            kind=DocumentKind.terms_of_service,
        )
        if p.rule == "warranty.measures"
    ]
    assert (q.obligor, q.attributes["efforts"]) == (PartyRole.provider, "reasonable")


def test_an_aside_naming_who_is_not_meant_leaves_the_subject():
    # "X, and not the app store, is responsible": the name before the aside is the subject
    for text, role in [
        (
            "We, and not the app store, are solely responsible for the mobile app and its support.",
            PartyRole.provider,
        ),
        (
            "You, rather than our licensors, will be solely responsible for the content you "
            "publish.",
            PartyRole.customer,
        ),
    ]:
        found = run(text, kind=DocumentKind.terms_of_service)
        [p] = [p for p in found if p.rule == "responsibility.solely_responsible"]
        assert p.obligor == role, text


def test_a_range_of_clauses_names_every_clause_in_it():
    from contractscan.attributes import section_refs

    assert section_refs("Clauses 12.2 to 12.4") == ["12.2", "12.3", "12.4"]
    assert section_refs("Sections 8 through 10 and Section 12.1") == ["8", "9", "10", "12.1"]
    assert section_refs("Sections 3-5") == ["3", "4", "5"]
    # numbers of different sections are no range to fill in
    assert section_refs("Sections 4.1 to 5.2") == ["4.1", "5.2"]


def test_a_lift_after_a_general_carve_out_in_one_sentence_is_read():
    """'Nothing in this Agreement limits liability for fraud, and nothing in Clauses 12.2 to 12.4
    limits obligations under Clause 11.2': the second 'nothing' names the caps lifted, which are
    no carve-outs; the clause whose obligations stay whole is."""
    text = (
        "12.1 Nothing in this Agreement limits or excludes liability for death or personal injury "
        "caused by negligence, or for fraud, and nothing in Clauses 12.2 to 12.4 limits the "
        "Supplier's obligations under Clause 11.2 or the Customer's obligation to pay the Fees."
    )
    lifting = [p for p in run(text) if p.attributes.get("lifts")]
    assert lifting, [(p.rule, p.attributes) for p in run(text)]
    assert lifting[0].attributes["lifts"] == ["12.2", "12.3", "12.4"]
    carved = lifting[0].attributes["carve_outs"]
    assert "section:11.2" in carved and "fraud" in carved
    assert not any(c.startswith("section:12") for c in carved)


def test_a_notice_before_something_stops_being_offered_names_no_model():
    """'If we stop supporting a Target Language, we will tell you 30 days beforehand': what is
    withdrawn is something the service offers (read as a feature), and the days are read."""
    [p] = [
        p
        for p in run(
            "If we stop supporting a Target Language, we will tell you in the app at least 30 days "
            "beforehand so that you can finish your work."
        )
        if p.type == ClauseType.unilateral_change
    ]
    assert p.attributes["changes"] == ["features"]
    assert p.attributes["notice_days"] == 30
    [m] = [
        p
        for p in run(
            "If we stop supporting a model version, we will notify you 90 days in advance."
        )
        if p.stance == Stance.commits
    ]
    assert "model" in m.attributes["changes"] and m.attributes["notice_days"] == 90


def test_what_a_right_to_change_carves_out_does_not_change():
    """'may modify the Platform, other than the Model Version of an open Project': the model is
    kept out of the right, so only the service changes; named without the carve-out, both do."""
    [p] = [
        p
        for p in run(
            "We may modify the Platform, other than the Model Version of an open Project, at any time."
        )
        if p.type == ClauseType.unilateral_change
    ]
    assert p.attributes["changes"] == ["service"]
    [q] = [
        p
        for p in run(
            "We may modify the Platform and the Model Version of an open Project at any time."
        )
        if p.type == ClauseType.unilateral_change
    ]
    assert q.attributes["changes"] == ["service", "model"]


def test_the_owner_of_a_liability_is_its_obligor_and_a_closed_aside_names_nobody():
    text = (
        "In cases of slight negligence, we are liable only for breach of a material contractual "
        "obligation (an obligation on whose fulfilment the Customer may regularly rely), and our "
        "liability is limited to the damage that is foreseeable and typical for this type of contract."
    )
    caps = [p for p in run(text) if p.type == ClauseType.limitation_of_liability]
    assert caps and all(p.obligor == PartyRole.provider for p in caps), [
        (p.rule, p.obligor) for p in caps
    ]
    # the breach of a contractual obligation is no security breach
    assert not any("security" in p.areas for p in caps)
