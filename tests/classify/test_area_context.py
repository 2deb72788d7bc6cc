"""The words around a provision that must not decide its areas: a heading about data above a
disclaimer of the outputs' accuracy is no data-quality disclaimer, and a confidentiality duty in a
document that keeps the customer's data out of it is no privacy promise."""

from __future__ import annotations

import pytest
from conftest import shipped_rulebook

from contractscan.classify import classify
from contractscan.models import Document, DocumentKind
from contractscan.structure import analyze_structure

RB = shipped_rulebook()


def _found(text: str) -> list:
    """The provisions of `text` read as terms of service, with its structure."""
    doc = Document(id="t", path="<t>", text=text)
    structure = analyze_structure(doc, nlp=RB.nlp)
    structure.kind = DocumentKind.terms_of_service
    return classify(doc, structure, RB)


def _areas(text: str, words: str) -> list[list[str]]:
    return [p.areas for p in _found(text) if words in p.quote]


def test_a_heading_about_data_does_not_make_an_output_disclaimer_about_data() -> None:
    text = (
        "Orrery Terms of Service\n\n"
        "4. Your Data\n\n"
        "We do not warrant that the Outputs will be accurate.\n\n"
        "5. Inputs\n\n"
        "You warrant that the data you provide for training will be accurate.\n"
    )
    disclaimer = _areas(text, "Outputs will be accurate")
    assert disclaimer and "accuracy" in disclaimer[0], disclaimer
    assert "data_quality" not in disclaimer[0], disclaimer
    duty = _areas(text, "data you provide")
    assert duty and "data_quality" in duty[0], duty


def test_a_decision_in_the_singular_is_downstream_harm() -> None:
    text = (
        "Orrery Terms of Service\n\n"
        "8. Reliance\n\n"
        "We are not responsible for any decision you make based on Outputs.\n\n"
        "9. Use\n\n"
        "The Service is not designed or intended for use in situations where errors could lead "
        "to death or personal injury.\n"
    )
    assert any("downstream_harm" in a for a in _areas(text, "decision you make")), _areas(
        text, "decision you make"
    )
    assert any("downstream_harm" in a for a in _areas(text, "not designed or intended"))


def _rules(text: str, words: str) -> list[str]:
    return [p.rule for p in _found(text) if words in p.quote]


def test_a_rule_may_take_its_context_from_the_headings_above() -> None:
    """incident.acts_on_reports reads "each report" as a misuse report under a heading that says
    so (context_in_headings), in the clause or any clause above it, and nowhere else."""
    text = (
        "Marlin Voice Terms\n\n"
        "8. Reporting misuse and deepfakes\n\n"
        "8.1 Anyone can report a Cloned Voice to abuse@marlin.example.\n\n"
        "8.2 We will acknowledge each report within two working days.\n\n"
        "9. Billing\n\n"
        "9.1 We will acknowledge each report of a billing error within two working days.\n"
    )
    assert "incident.acts_on_reports" in _rules(text, "acknowledge each report within"), _rules(
        text, "acknowledge each report within"
    )
    assert "incident.acts_on_reports" not in _rules(text, "billing error")


def test_heading_context_is_only_for_rules_that_ask_for_it() -> None:
    """The same heading lends nothing to a rule without context_in_headings: incident.notify
    wants its incident word in the sentence."""
    assert not next(r for r in RB.rules if r.id == "incident.notify").context_in_headings
    text = "Marlin Voice Terms\n\n6. Security incidents\n\n6.1 We will tell you within 72 hours.\n"
    assert "incident.notify" not in _rules(text, "within 72 hours")


def test_a_disclaimer_read_with_its_short_clause_leaves_out_the_other_sides_duties() -> None:
    """ "WE DO NOT WARRANT THAT ANY OUTPUT WILL MATCH YOUR PROMPT. YOU ARE RESPONSIBLE FOR INSPECTING
    AND CORRECTING EVERY OUTPUT": the disclaimer is read with its clause, but the customer's duty
    in it is the responsibility rules' (human oversight assigned), not a disclaimer of review."""
    text = (
        "Marlin Terms\n\n"
        "13. Outputs\n\n"
        "13.3 WE DO NOT WARRANT THAT ANY OUTPUT WILL MATCH YOUR PROMPT OR BE FREE OF DEFECTS. "
        "YOU ARE RESPONSIBLE FOR INSPECTING, TESTING AND CORRECTING EVERY OUTPUT BEFORE YOU USE "
        "IT.\n"
    )
    found = _found(text)
    disclaimers = [p for p in found if p.stance.value == "disclaims"]
    assert disclaimers, [(p.rule, p.stance) for p in found]
    assert all("human_oversight" not in p.areas for p in disclaimers), [
        (p.rule, p.areas) for p in disclaimers
    ]
    duties = [p for p in found if p.stance.value == "assigns"]
    assert any("human_oversight" in p.areas for p in duties), [(p.rule, p.areas) for p in duties]


def test_the_owner_of_a_thing_after_in_is_no_subject() -> None:
    """ "If Caracara discovers that data in your account has been accessed by an unauthorized
    person, Caracara will notify you": the notice is the provider's; "your" owns the account."""
    text = (
        'These Terms are an agreement between you and Caracara Tax, LLC ("Caracara", "we").\n\n'
        "9.6 If Caracara discovers that Tax Return Information in your account has been accessed "
        "by an unauthorized person, Caracara will notify you by email within 72 hours.\n"
    )
    notices = [p for p in _found(text) if p.rule == "incident.notify"]
    assert notices and all(p.obligor and p.obligor.value == "provider" for p in notices), [
        (p.rule, p.obligor) for p in notices
    ]


def test_a_decision_resting_with_the_licensee_stays_out_of_the_exclusion_after_it() -> None:
    # the clause's number before the sentence ("9.4 Responsibility ...") must not hide it
    text = (
        "Licence Agreement\n\n"
        'This agreement is between Whimbrel AB ("Whimbrel") and the hospital named in the order '
        '("Licensee").\n\n'
        "9.4 Responsibility for every diagnosis and other clinical decision rests with the Licensee "
        "and its Pathologists. Whimbrel shall have no liability for any such decision or for any "
        "injury suffered by a patient as a result of it.\n"
    )
    exclusion = [p for p in _found(text) if p.stance.value == "excludes"]
    assert exclusion and all("human_oversight" not in p.areas for p in exclusion)
    assert any("downstream_harm" in p.areas for p in exclusion)


@pytest.mark.parametrize(
    "aside",
    [
        "Client Data is governed by Section 9 rather than by this Section 8.",
        "Confidential Information does not include Client Data, which Section 9 protects.",
        "This Section 8 does not apply to Personal Data.",
    ],
)
def test_a_confidentiality_duty_without_the_customers_data_says_nothing_of_privacy(
    aside: str,
) -> None:
    """Where the document keeps the customer's data out of its confidentiality clause, keeping
    Confidential Information secret is no privacy promise; without such words it is one."""
    duty = "The Supplier will hold the Client's Confidential Information in strict confidence."
    [alone] = [p for p in _found(duty) if p.rule == "warranty.confidentiality"]
    [beside] = [p for p in _found(f"{duty} {aside}") if p.rule == "warranty.confidentiality"]
    assert "privacy" in alone.areas
    assert "privacy" not in beside.areas


def test_containing_an_incidents_consequences_is_incident_response_not_harm_to_people() -> None:
    text = (
        "If a Security Incident affects Customer Data, the Supplier shall notify the Customer "
        "within 48 hours, take the measures necessary to contain the incident and eliminate its "
        "consequences, and keep the Customer informed of its progress."
    )
    areas = [a for found in _areas(text, "eliminate its consequences") for a in found]
    assert "incident_response" in areas
    assert "downstream_harm" not in areas
