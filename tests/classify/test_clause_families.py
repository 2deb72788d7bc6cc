"""Clause types on invented sentences in AI vendors' wording (clause_families.yaml): data use and
retention, notice of breaches and compromised credentials, imperatives ("Do not use ...", "let us
know"), "the Customer's responsibility", and the other types of DESIGN 3.3."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import family_params, shipped_rulebook

from contractscan.classify import classify
from contractscan.models import ClauseType, Document, DocumentStructure

TABLE = Path(__file__).parent / "clause_families.yaml"
RB = shipped_rulebook()


@pytest.mark.parametrize(
    ("text", "ctype", "want"),
    family_params(
        TABLE,
        lambda c: (c["text"], c["type"], c.get("want", True)),
        lambda c: f"{c['type']}-{c['text'][:40]}",
    ),
)
def test_clause_type(text: str, ctype: str, want: bool) -> None:
    found = {
        p.type.value
        for p in classify(Document(id="d", path="<t>", text=text), DocumentStructure(), RB)
    }
    assert (ctype in found) == want, sorted(found)


def _rules_of(text: str) -> list[str]:
    return [
        p.rule for p in classify(Document(id="d", path="<t>", text=text), DocumentStructure(), RB)
    ]


def test_a_rule_that_yields_to_a_type_steps_aside_only_for_that_type() -> None:
    assert RB.rule("audit.verify").yields_to == [ClauseType.audit_rights]
    # the purpose of a right another audit rule reads: no second provision binding the auditor
    right = _rules_of(
        "Company may, at its own expense, audit the books of Distributor to verify the royalties."
    )
    assert "audit.right_to_audit" in right and "audit.verify" not in right
    # a customer duty read in the same sentence is no audit right: the reading stands
    duty = _rules_of(
        "Licensee shall keep records adequate to permit verification of royalties by "
        "Licensor's accountant."
    )
    assert "audit.verify" in duty and "responsibility.customer_duty" in duty


def test_a_fallback_rule_fills_gaps_and_never_doubles() -> None:
    assert RB.rule("data_use.handling").fallback
    # another data_use rule reads the sentence: the broad reading steps aside
    both = _rules_of("We will delete your Customer Data within 30 days after termination.")
    assert "data_use.retention" in both and "data_use.handling" not in both
    # nothing else reads it: the broad reading stands
    assert _rules_of("Your transcripts are erased from our servers once processing ends.") == [
        "data_use.handling"
    ]
