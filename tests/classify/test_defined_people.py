"""'"Reviewing Teacher" means a person engaged by Wigeon ...': a term the document defines as the
provider's own people acts for the provider (classify.document_aliases), so "a Reviewing Teacher
will review each flagged Conversation" is the provider's promise."""

from __future__ import annotations

from conftest import shipped_rulebook

from contractscan.classify import classify
from contractscan.models import Document, PartyRole, Stance
from contractscan.structure import analyze_structure

RB = shipped_rulebook()

TERMS = """# Pintail Terms of Use

These Terms are an agreement between you and Pintail Learning, Inc. ("Pintail", "we", "us").

## 1. Definitions

**"Reviewing Teacher"** means a person engaged by Pintail who holds a current teaching credential.

**"Classmate"** means a student at your school who uses the app with you.

## 5. Teacher review

5.3 A Reviewing Teacher will review each Conversation that the Safety System flags within 24 hours after the flag is raised.

5.4 A Classmate will review each answer you share before it is shown to others.
"""


def _provisions():
    doc = Document(id="t", path="<t>", text=TERMS)
    return classify(doc, analyze_structure(doc, nlp=RB.nlp), RB)


def test_the_providers_people_make_the_providers_promise() -> None:
    found = [p for p in _provisions() if "Reviewing Teacher will review" in p.quote]
    assert found, [(p.rule, p.quote) for p in _provisions()]
    assert all(p.obligor == PartyRole.provider and p.stance == Stance.commits for p in found)
    assert any("human_oversight" in p.areas for p in found)


def test_people_defined_without_the_provider_are_not_its_people() -> None:
    assert not any(
        "Classmate will review" in p.quote and p.obligor == PartyRole.provider
        for p in _provisions()
    )


EMPLOYER_TERMS = """# Redpoll Hiring Terms

These Terms are an agreement between the employer named in the Order Form ("Customer") and Redpoll Analytics LLC ("Redpoll").

## 4. Human review

4.1 Before any Candidate is rejected or removed from consideration, a qualified individual acting for Customer must review the Candidate's interview recording and exercise independent judgment about the Candidate.
"""


def test_a_person_acting_for_the_customer_makes_the_customers_duty() -> None:
    doc = Document(id="t", path="<t>", text=EMPLOYER_TERMS)
    found = [
        p
        for p in classify(doc, analyze_structure(doc, nlp=RB.nlp), RB)
        if "qualified individual" in p.quote and p.stance == Stance.assigns
    ]
    assert found
    assert all(p.obligor == PartyRole.customer for p in found), [(p.rule, p.obligor) for p in found]
    assert any("human_oversight" in p.areas for p in found)
