""" "You acknowledge and agree that X ...": the one who acknowledges is not who the words after
"that" bind; a pronoun right after "that" ("Each party agrees that it will") points back."""

from __future__ import annotations

import pytest
from conftest import shipped_rulebook

from contractscan.classify import classify
from contractscan.models import (
    ClauseType,
    Document,
    DocumentKind,
    DocumentStructure,
    PartyRole,
    Stance,
)

RB = shipped_rulebook()


def _provisions(text: str):
    doc = Document(id="t", path="<t>", text=text)
    return classify(doc, DocumentStructure(kind=DocumentKind.terms_of_service), RB)


@pytest.mark.parametrize(
    ("text", "ctype", "stance", "obligor"),
    [
        (
            "YOU ACKNOWLEDGE AND AGREE THAT THE ZENTRO PARTIES ARE NOT LIABLE FOR THE CONDUCT OF OTHER USERS.",
            ClauseType.limitation_of_liability,
            Stance.excludes,
            PartyRole.provider,
        ),
        (
            "You understand and agree that the Services may produce inaccurate Outputs.",
            ClauseType.disclaimer,
            Stance.disclaims,
            PartyRole.provider,
        ),
        (
            "You agree that we may suspend your account at any time for any reason.",
            ClauseType.termination,
            None,
            PartyRole.provider,
        ),
        (
            "Customer acknowledges that it is solely responsible for its use of the Outputs.",
            ClauseType.responsibility_allocation,
            Stance.assigns,
            PartyRole.customer,
        ),
        (
            "You acknowledge that you are solely responsible for your use of the Outputs.",
            ClauseType.responsibility_allocation,
            Stance.assigns,
            PartyRole.customer,
        ),
        # a second complement of the same verb: "... AND THAT THE SERVICES ARE PROVIDED AS IS"
        (
            "YOU EXPRESSLY UNDERSTAND AND AGREE THAT YOUR USE OF THE SERVICES IS AT YOUR SOLE RISK "
            "AND THAT THE SERVICES ARE PROVIDED AS IS.",
            ClauseType.disclaimer,
            Stance.disclaims,
            PartyRole.provider,
        ),
        (
            "You agree that your use of the Service is at your own risk, and that the Outputs are "
            "provided without any warranty of accuracy.",
            ClauseType.disclaimer,
            Stance.disclaims,
            PartyRole.provider,
        ),
        (
            "You agree that your use of the Service is at your own risk, and that you will "
            "evaluate each Output before relying on it.",
            ClauseType.responsibility_allocation,
            Stance.assigns,
            PartyRole.customer,
        ),
    ],
)
def test_the_words_after_that_decide_who_is_bound(text, ctype, stance, obligor):
    found = [p for p in _provisions(text) if p.type == ctype]
    assert found, [(p.type.value, p.rule) for p in _provisions(text)]
    assert all(p.obligor == obligor for p in found), [(p.rule, p.obligor) for p in found]
    if stance is not None:
        assert any(p.stance == stance for p in found)


def test_a_pronoun_after_that_points_back_to_the_one_who_agrees():
    found = _provisions(
        "Each party agrees that it will take all reasonable steps to prevent the disclosure of "
        "the other party's Confidential Information."
    )
    assert found
    assert all(p.obligor != PartyRole.customer for p in found)
    assert any(p.obligor == PartyRole.provider or p.attributes.get("mutual") for p in found)


def test_a_promise_with_no_party_after_that_binds_the_one_who_agrees():
    found = [
        p
        for p in _provisions("You agree that a human will check every Output before you act on it.")
        if "human_oversight" in p.areas
    ]
    assert found and all(p.obligor == PartyRole.customer for p in found), [
        (p.rule, p.obligor) for p in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        "You shall: (a) cooperate with us; and (b) provide such materials as we may reasonably "
        "request and ensure that such materials are complete and accurate.",
        "Customer shall provide the data which Zentro requests and ensure that the data is "
        "accurate and free from bias.",
    ],
)
def test_a_party_inside_an_as_or_which_clause_is_not_the_subject(text):
    """ "as we may reasonably request" is a clause inside the customer's duty: the duty to ensure
    the materials are accurate is still the customer's."""
    found = [p for p in _provisions(text) if p.type == ClauseType.warranty]
    assert found, [(p.type.value, p.rule) for p in _provisions(text)]
    assert all(p.obligor == PartyRole.customer for p in found), [(p.rule, p.obligor) for p in found]
