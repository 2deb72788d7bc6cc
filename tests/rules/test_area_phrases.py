"""Area keywords read in context: phrases that name an area in other words, and boilerplate that
names none (Rulebook.areas_in)."""

from __future__ import annotations

import pytest
from conftest import shipped_rulebook

RB = shipped_rulebook()

# (text, areas that must be found, areas that must not be)
TABLE = [
    (
        "Customer is responsible for the accuracy of the job requirements and of Customer Data.",
        ["data_quality"],
        ["accuracy", "privacy"],
    ),
    (
        "You are responsible for your Inputs, including their accuracy, quality and legality.",
        ["data_quality"],
        ["accuracy"],
    ),
    (
        "You are responsible for ensuring that all information you submit is accurate, complete and not misleading.",
        ["data_quality"],
        [],
    ),
    (
        "Outputs may be inaccurate; you are responsible for evaluating the accuracy of any Output.",
        ["accuracy"],
        [],
    ),
    (
        "Customer will ensure that trained reviewers use the interface to review Outputs before any decision.",
        ["human_oversight"],
        [],
    ),
    (
        "Customer is responsible for using the AI System in accordance with the Documentation.",
        [],
        ["transparency"],
    ),
    (
        "You are responsible for testing your Applications against each new or updated Model.",
        ["model_change"],
        [],
    ),
    (
        "Customer is responsible for its own secure use of the Services and the data controls available in its account.",
        ["security"],
        ["availability"],
    ),
    (
        "We are not responsible for any decision about your application. Nothing in these Terms limits any right you have "
        "under laws prohibiting discrimination.",
        ["downstream_harm"],
        ["fairness"],
    ),
    ("Customer is responsible for the confidentiality of its login credentials.", ["security"], []),
    (
        "You must comply with all local, state and federal laws in your use of the Services.",
        ["regulatory_compliance"],
        [],
    ),
    (
        "To the maximum extent permitted by applicable law, we disclaim all warranties.",
        [],
        ["regulatory_compliance"],
    ),
    (
        "These Terms are governed by the laws of the State of California.",
        [],
        ["regulatory_compliance"],
    ),
    ("You must not represent that generated content was human-written.", ["transparency"], []),
    (
        "Notify us if your password is disclosed to an unauthorized third party.",
        ["security"],
        ["transparency"],
    ),
    ("We will notify you of any changes to these Terms.", [], ["incident_response"]),
    ("We will notify you of any security incident affecting your data.", ["incident_response"], []),
    (
        "We have set our fees in reliance on the enforceability of these limitations.",
        [],
        ["downstream_harm"],
    ),
    ("You are responsible for any decisions made in reliance on Outputs.", ["downstream_harm"], []),
]


@pytest.mark.parametrize(("text", "present", "absent"), TABLE, ids=[t[0][:40] for t in TABLE])
def test_areas_in_context(text, present, absent):
    found = set(RB.areas_in(text))
    assert set(present) <= found, found
    assert not set(absent) & found, found
