"""Caps read by section: carve-outs naming sections, clauses that lift caps, caps scoped to a section,
and the other readings the sample sets rely on (DESIGN 3.5)."""

from __future__ import annotations

from coverage_builders import AREA_IDS, doc, prov

from contractscan.coverage import coverage
from contractscan.models import CoverageStatus, PartyRole

P, C = PartyRole.provider, PartyRole.customer


def status(docs, area, party=P):
    m = coverage(docs, AREA_IDS)
    return next(c.status for c in m.cells if c.area == area and c.party == party)


def _msa(*extra):
    return [
        prov("A", "6.1", "warranty", "commits", areas=["accuracy"]),
        prov("A", "7.3", "warranty", "commits", areas=["security"]),
        prov("A", "11.1", "indemnification", "commits", scope=["ip_infringement"]),
        prov(
            "A",
            "12.2",
            "limitation_of_liability",
            "excludes",
            obligor=None,
            mutual=True,
            cap_basis="multiple_of_fees",
            cap_multiple=2.0,
        ),
        *extra,
    ]


def test_a_clause_lifting_the_cap_for_a_section_shelters_that_section_only():
    lift = prov(
        "A",
        "12.3",
        "limitation_of_liability",
        "excludes",
        obligor=None,
        carve_outs=["section:11", "section:7"],
        lifts=["12.1", "12.2"],
    )
    docs = [doc("A", "master_agreement", _msa(lift))]
    assert status(docs, "ip_infringement") == CoverageStatus.covered
    assert status(docs, "security") == CoverageStatus.covered
    assert status(docs, "accuracy") == CoverageStatus.limited


def test_without_the_lifting_clause_the_cap_reaches_everything():
    docs = [doc("A", "master_agreement", _msa())]
    assert status(docs, "ip_infringement") == CoverageStatus.limited
    assert status(docs, "security") == CoverageStatus.limited


def test_a_lifting_clause_naming_another_cap_does_not_lift_this_one():
    lift = prov(
        "A",
        "12.3",
        "limitation_of_liability",
        "excludes",
        obligor=None,
        carve_outs=["section:11"],
        lifts=["12.1"],
    )
    docs = [doc("A", "master_agreement", _msa(lift))]
    assert status(docs, "ip_infringement") == CoverageStatus.limited


def test_a_cap_scoped_to_a_section_reaches_only_that_section():
    provisions = [
        prov("A", "6.1", "warranty", "commits", areas=["accuracy"]),
        prov("A", "7.3", "warranty", "commits", areas=["security"]),
        prov(
            "A",
            "12.4",
            "limitation_of_liability",
            "excludes",
            cap_basis="multiple_of_fees",
            cap_multiple=3.0,
            cap_sections=["6"],
        ),
    ]
    docs = [doc("A", "master_agreement", provisions)]
    assert status(docs, "accuracy") == CoverageStatus.limited
    assert status(docs, "security") == CoverageStatus.covered


def test_a_cap_for_data_breaches_reaches_privacy_and_security_not_the_ip_indemnity():
    provisions = [
        prov("A", "5.2", "data_use", "commits", areas=["privacy"]),
        prov("A", "7.3", "warranty", "commits", areas=["security"]),
        prov("A", "10.1", "indemnification", "commits", scope=["ip_infringement"]),
        prov(
            "A",
            "11.3",
            "limitation_of_liability",
            "excludes",
            areas=["security"],
            cap_basis="multiple_of_fees",
            cap_multiple=3.0,
            scoped=True,
            reaches=["privacy", "security", "incident_response"],
        ),
    ]
    docs = [doc("A", "master_agreement", provisions)]
    assert status(docs, "privacy") == CoverageStatus.limited
    assert status(docs, "security") == CoverageStatus.limited
    assert status(docs, "ip_infringement") == CoverageStatus.covered


def test_section_carve_outs_count_in_the_caps_own_document():
    # ToS 12.2 caps everything; its own carve-out names Section 5 of the ToS, not clause 5 of the DPA
    tos = [
        prov(
            "T",
            "12.2",
            "limitation_of_liability",
            "excludes",
            cap_basis="fees_paid",
            carve_outs=["section:5"],
        )
    ]
    dpa = [prov("D", "5", "warranty", "commits", areas=["privacy"])]
    docs = [doc("T", "terms_of_service", tos), doc("D", "dpa", dpa)]
    assert status(docs, "privacy") == CoverageStatus.limited


def test_a_damages_exclusion_alone_does_not_hollow_an_indemnity():
    provisions = [
        prov(
            "A", "9.3", "indemnification", "commits", obligor="customer", scope=["ip_infringement"]
        ),
        prov(
            "A",
            "10.2",
            "limitation_of_liability",
            "excludes",
            obligor=None,
            mutual=True,
            excluded_damages=["consequential", "indirect"],
        ),
    ]
    docs = [doc("A", "master_agreement", provisions)]
    assert status(docs, "ip_infringement", C) == CoverageStatus.covered


def test_a_duty_performed_is_not_swallowed_by_the_cap():
    provisions = [
        prov("A", "4.1", "warranty", "commits", areas=["human_oversight"], performed=True),
        prov("A", "12.2", "limitation_of_liability", "excludes", cap_basis="fees_paid"),
    ]
    assert (
        status([doc("A", "master_agreement", provisions)], "human_oversight")
        == CoverageStatus.covered
    )


def test_a_mutual_general_disclaimer_binds_only_the_side_that_gives_the_service():
    provisions = [
        prov("A", "6.6", "disclaimer", "disclaims", obligor=None, mutual=True, general=True)
    ]
    docs = [doc("A", "master_agreement", provisions)]
    assert status(docs, "accuracy", P) == CoverageStatus.disclaimed
    assert status(docs, "accuracy", C) == CoverageStatus.silent


def test_information_only_documentation_is_limited():
    provisions = [
        prov("A", "A.7", "audit_rights", "commits", areas=["transparency"], information_only=True)
    ]
    assert status([doc("A", "ai_addendum", provisions)], "transparency") == CoverageStatus.limited


def test_what_a_labeller_disclaims_about_accuracy_is_data_quality():
    provisions = [
        prov(
            "S",
            "6.2",
            "disclaimer",
            "disclaims",
            obligor="data_supplier",
            areas=["accuracy", "fairness"],
            general=True,
        )
    ]
    docs = [doc("S", "sow", provisions)]
    m = coverage(docs, AREA_IDS)
    cells = {(c.area, c.party): c.status for c in m.cells}
    assert cells[("data_quality", PartyRole.data_supplier)] == CoverageStatus.disclaimed
    assert cells[("accuracy", PartyRole.data_supplier)] == CoverageStatus.silent
    assert cells[("availability", PartyRole.data_supplier)] == CoverageStatus.silent
    assert cells[("fairness", PartyRole.data_supplier)] == CoverageStatus.disclaimed


def test_a_right_to_test_the_system_controls_every_area():
    from coverage_builders import AREAS

    from contractscan.contract_set import analyze_set
    from contractscan.models import GapKind
    from contractscan.playbook import load_playbook

    def gaps(*extra):
        provisions = [
            prov(
                "A",
                "3.1",
                "responsibility_allocation",
                "assigns",
                obligor="customer",
                areas=["downstream_harm"],
            ),
            *extra,
        ]
        cs = analyze_set(
            "s", "s", [doc("A", "master_agreement", provisions)], AREAS, load_playbook()
        )
        return {(g.area, g.kind) for g in cs.gaps}

    rwc = ("downstream_harm", GapKind.responsibility_without_control)
    assert rwc in gaps()
    assert rwc in gaps(
        prov("A", "8.3", "audit_rights", "commits", beneficiary="customer", areas=["transparency"])
    )
    assert rwc not in gaps(
        prov(
            "A",
            "8.3",
            "audit_rights",
            "commits",
            beneficiary="customer",
            areas=["transparency"],
            testing=True,
        )
    )


def _cap_naming(section: str, *others):
    return [
        doc(
            "A",
            "terms_of_service",
            [
                prov("A", "11.1", "indemnification", "commits", scope=["ip_infringement"]),
                *others,
                prov(
                    "A",
                    "12.3",
                    "limitation_of_liability",
                    "excludes",
                    cap_basis="fees_paid",
                    cap_sections=[section],
                ),
            ],
        )
    ]


def test_a_cap_on_the_liability_a_limiting_clause_leaves_is_no_cap_scoped_to_that_clause():
    """German-law terms: 12.2 limits liability for slight negligence; 12.3 "Our liability under
    clause 12.2 is limited to the fees" bounds that regime, so it reaches the 11.1 indemnity (a
    cap "for breach of Section 6" would reach Section 6 alone)."""
    regime = _cap_naming("12.2", prov("A", "12.2", "limitation_of_liability", "excludes"))
    assert status(regime, "ip_infringement") == CoverageStatus.limited
    scoped = _cap_naming("6.1", prov("A", "6.1", "warranty", "commits", areas=["accuracy"]))
    assert status(scoped, "ip_infringement") == CoverageStatus.covered


def test_an_exclusion_keeping_back_only_a_section_silent_on_the_area_disclaims_it():
    # "Except as expressly provided in Section 10.01 [an IP indemnity], Curlew shall have no
    # liability for any Claim Decision ...": downstream harm is excluded; 10.01 keeps back nothing
    # of it, but keeps the infringement it indemnifies
    def exclusion():
        return prov(
            "A",
            "3.03",
            "limitation_of_liability",
            "excludes",
            areas=["downstream_harm", "ip_infringement"],
            carve_outs=["section:10.01"],
            except_as_provided=True,
            except_ref="A-c10.01",
        )

    indemnity = prov("A", "10.01", "indemnification", "commits", scope=["ip_infringement"])
    docs = [doc("A", "master_agreement", [indemnity, exclusion()])]
    assert status(docs, "downstream_harm") == CoverageStatus.disclaimed
    assert status(docs, "ip_infringement") == CoverageStatus.covered
    # a clause saving liability ("Nothing in Section 13.1 limits our liability for ... breach of
    # Section 6.3") is no exclusion, whatever sections it names
    saving = prov(
        "A",
        "13.3",
        "limitation_of_liability",
        "excludes",
        areas=["downstream_harm"],
        carve_outs=["section:6.3"],
    )
    assert status([doc("A", "master_agreement", [saving])], "downstream_harm") != (
        CoverageStatus.disclaimed
    )


def test_a_disclaimer_of_what_a_section_promises_keeps_its_duties_out_of_the_area():
    # 4.1 "will monitor each Model Version for drift and deterioration in performance";
    # 4.7 "NOTHING IN THIS SECTION 4 CONSTITUTES A WARRANTY THAT ANY MODEL VERSION WILL ACHIEVE ANY
    # LEVEL OF PREDICTIVE ACCURACY": the monitoring stays a model-change duty, no accuracy promise
    monitoring = prov("A", "4.1", "warranty", "commits", areas=["accuracy", "model_change"])
    denial = prov("A", "4.7", "disclaimer", "disclaims", areas=["accuracy"], denies_sections=["4"])
    docs = [doc("A", "master_agreement", [monitoring, denial])]
    assert status(docs, "accuracy") == CoverageStatus.disclaimed
    assert status(docs, "model_change") == CoverageStatus.covered
    # the same disclaimer naming another section leaves 4.1 an accuracy commitment
    elsewhere = prov(
        "A", "4.7", "disclaimer", "disclaims", areas=["accuracy"], denies_sections=["9"]
    )
    docs = [doc("A", "master_agreement", [monitoring, elsewhere])]
    assert status(docs, "accuracy") == CoverageStatus.covered


def test_an_exclusion_subject_only_to_what_the_law_keeps_disclaims_the_area_it_names():
    # "Subject to Clause 13.1 [fraud, wilful misconduct, what Dutch law keeps], Tern shall have no
    # liability for any road traffic accident, injury or death ...": the law keeps wilful
    # misconduct out of any exclusion anyway, as it does fraud
    def exclusion(carve_outs):
        return prov(
            "A",
            "13.5",
            "limitation_of_liability",
            "excludes",
            areas=["downstream_harm"],
            names_areas=["downstream_harm"],
            except_as_provided=True,
            except_ref="A-c13.1",
            carve_outs=carve_outs,
        )

    kept_by_law = [doc("A", "master_agreement", [exclusion(["willful_misconduct", "fraud"])])]
    assert status(kept_by_law, "downstream_harm") == CoverageStatus.disclaimed
    # gross negligence too (many laws keep it out of standard terms; two blind labels read so)
    kept_by_law = [doc("A", "master_agreement", [exclusion(["gross_negligence", "fraud"])])]
    assert status(kept_by_law, "downstream_harm") == CoverageStatus.disclaimed
    # an indemnity kept back is the deal's, so the exclusion keeps something back
    kept_by_deal = [doc("A", "master_agreement", [exclusion(["indemnity", "fraud"])])]
    assert status(kept_by_deal, "downstream_harm") != CoverageStatus.disclaimed


def test_a_cap_names_the_parts_of_a_document_it_reaches_whole():
    from contractscan.attributes import cap_sections

    assert cap_sections(
        "Our total liability for any breach of Exhibit A, or of Section 10, shall not exceed"
    ) == ["10", "Exhibit A"]
    assert cap_sections(
        "ITS TOTAL LIABILITY ARISING OUT OF ITS BREACH OF SECTION 6 OR APPENDIX B WILL NOT EXCEED"
    ) == ["6", "Appendix B"]
    # a schedule named as where the fees are set is no part the cap reaches
    assert cap_sections("Our total liability shall not exceed the fees set out in Schedule 2") == []


def test_the_clauses_of_a_part_stand_in_it():
    from contractscan.models import Clause
    from contractscan.numbering import containing_parts

    clauses = [
        Clause(id="c1", start=0, end=1, text="", number="9"),
        Clause(id="c2", start=1, end=2, text="", number="Exhibit A"),
        Clause(id="c3", start=2, end=3, text="", number="A.1", parent="c2"),
        Clause(id="c4", start=3, end=4, text="", number="(a)", parent="c3"),
    ]
    assert containing_parts(clauses) == {"c2": "Exhibit A", "c3": "Exhibit A", "c4": "Exhibit A"}
