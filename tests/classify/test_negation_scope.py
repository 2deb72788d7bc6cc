"""A negation inside a relative clause before the match ("any dispute that cannot be settled
amicably will be determined by arbitration") does not negate the match; one that governs the
match's own verb still does."""

from __future__ import annotations

import pytest
from conftest import shipped_rulebook

from contractscan.classify import classify
from contractscan.models import ClauseType, Document, DocumentStructure, Stance

RB = shipped_rulebook()


def _types(text: str) -> dict[ClauseType, set[Stance]]:
    out: dict[ClauseType, set[Stance]] = {}
    for p in classify(Document(id="t", path="<t>", text=text), DocumentStructure(), RB):
        out.setdefault(p.type, set()).add(p.stance)
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Any disagreement that cannot be settled amicably will be determined by arbitration in Singapore.",
        "Disputes which are not resolved by negotiation within 30 days shall be submitted to binding arbitration.",
    ],
)
def test_a_relative_clause_keeps_its_negation(text):
    assert _types(text).get(ClauseType.arbitration) == {Stance.commits}


@pytest.mark.parametrize(
    ("text", "ctype", "stance"),
    [
        (
            "Provider shall not be liable for any indirect damages.",
            ClauseType.limitation_of_liability,
            Stance.excludes,
        ),
        ("We will not use your data to train our models.", ClauseType.data_use, Stance.commits),
    ],
)
def test_a_negation_of_the_match_itself_still_counts(text, ctype, stance):
    assert stance in _types(text).get(ctype, set())


def test_claims_that_cannot_go_to_small_claims_court_are_still_excluded_from_arbitration():
    types = _types(
        "Claims that cannot be brought in small claims court shall not be subject to arbitration."
    )
    assert types.get(ClauseType.arbitration) is None


@pytest.mark.parametrize(
    "text",
    [
        "Without notice to you, we also reserve the right to disable an account that is inactive.",
        "Without prior warning, we may suspend any account that breaches these Terms.",
    ],
)
def test_a_fronted_without_phrase_negates_no_clause_after_its_comma(text):
    """ "Without notice to you, we ..." is no list that "without" negates ("without any uptime
    commitment, support or ..."): the pronoun after the comma opens the clause the match is in."""
    found = [
        p
        for p in classify(Document(id="t", path="<t>", text=text), DocumentStructure(), RB)
        if p.rule == "termination.may_terminate"
    ]
    assert found, text


@pytest.mark.parametrize(
    "text",
    [
        "If the Hosted Services do not conform to the Documentation, we will correct the non-conformity.",
        "Should the Software not perform materially in accordance with the Documentation, Licensor will repair or replace it.",
        "Where the Platform does not operate in accordance with the Specifications, the Supplier shall remedy the defect.",
        "In the event that the Service does not conform to the Documentation, Provider shall correct it at no charge.",
    ],
)
def test_a_negation_inside_a_condition_states_the_breach_a_remedy_answers(text):
    types = _types(text)
    assert types.get(ClauseType.warranty) == {Stance.commits}
    assert ClauseType.disclaimer not in types


@pytest.mark.parametrize(
    "text",
    [
        # no main clause answers the condition: the item is read as the denial it was
        "b. if we did not ensure that the Service performs in accordance with the Documentation.",
        # "even if" concedes
        "Even if the Service does not conform to the Documentation we make no other promise, and we do not warrant that it will conform to the Documentation.",
        # a modal, not a condition
        "You should not rely on the Service performing in accordance with the Documentation, and we do not warrant that it will.",
    ],
)
def test_a_negation_outside_a_condition_still_denies(text):
    assert Stance.disclaims in _types(text).get(ClauseType.disclaimer, set())


def test_a_condition_does_not_revive_a_match_its_negation_drops():
    types = _types(
        "If a claim is found not to be subject to arbitration, the courts of Miami-Dade County shall have exclusive jurisdiction."
    )
    assert ClauseType.arbitration not in types


@pytest.mark.parametrize(
    "text",
    [
        "We will not defend you against any claim that an image you made infringes copyright.",
        "We won't defend you against any claim that an image you made infringes copyright.",
    ],
)
def test_a_defence_denied_is_no_indemnity_promised(text):
    # "will not defend you": the "not" between the modal and the verb denies the promise
    assert _types(text).get(ClauseType.indemnification) == {Stance.excludes}
