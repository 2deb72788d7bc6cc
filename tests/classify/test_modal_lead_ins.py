""" "The Practice shall:" over "(a) keep ...;" "(c) comply with ...": each item of a list whose
lead-in ends in its subject's modal is read as the sentence it stands for ("the Practice shall
comply with ..."), so rules written as whole sentences read items that hold no modal of their own
(lead_ins.modal_items)."""

from __future__ import annotations

import re

import pytest
from conftest import shipped_rulebook

from contractscan.classify import classify
from contractscan.lead_ins import Subject, modal_items
from contractscan.models import Clause, Document, PartyRole, Stance
from contractscan.structure import analyze_structure

RB = shipped_rulebook()

PREAMBLE = (
    "LICENCE AGREEMENT\n\nThis Agreement is made between Greyfinch Imaging Limited, a company "
    'registered in England (the "Supplier"), and the dental practice named in the Order Form '
    '(the "Practice").\n\n'
)

DUTIES = PREAMBLE + (
    "5. Obligations\n\n"
    "5.1 The Practice shall:\n\n"
    "(a) keep a record of every image analysed with the Software and of the dentist who "
    "reviewed it;\n\n"
    "(b) review every image in full, exercising a Registered Dentist's own clinical judgement, "
    "before relying on any marking;\n\n"
    "(c) otherwise comply with the Ionising Radiation Regulations 2017 and all other laws that "
    "apply to the provision of dental care; and\n\n"
    "(d) the Practice's staff must complete the onboarding module.\n\n"
    "5.2 The Supplier shall:\n\n"
    "(a) maintain logs of every Output for six years and make them available on request;\n\n"
    "(b) notify the Practice of any serious incident within 24 hours.\n"
)


def _provisions(text: str):
    doc = Document(id="t", path="<t>", text=text)
    structure = analyze_structure(doc, nlp=RB.nlp)
    return classify(doc, structure, RB)


def _of(found, words: str):
    return [p for p in found if words in p.quote]


def test_items_under_the_customers_modal_lead_in_are_its_duties() -> None:
    found = _provisions(DUTIES)
    records = _of(found, "keep a record of every image")
    judgement = _of(found, "own clinical judgement")
    law = _of(found, "Ionising Radiation Regulations")
    for item in (records, judgement, law):
        assert item, [(p.rule, p.quote) for p in found]
        assert all(p.obligor == PartyRole.customer for p in item)
        assert all(p.stance == Stance.assigns for p in item)
    assert any("human_oversight" in p.areas for p in judgement)
    assert any("regulatory_compliance" in p.areas for p in law)


def test_items_under_the_providers_modal_lead_in_are_its_promises() -> None:
    found = _provisions(DUTIES)
    logs = _of(found, "maintain logs of every Output")
    assert logs, [(p.rule, p.quote) for p in found]
    assert all(p.obligor == PartyRole.provider and p.stance == Stance.commits for p in logs)
    assert any("transparency" in p.areas for p in logs)


def test_quotes_and_offsets_are_the_documents_own_words() -> None:
    found = _provisions(DUTIES)
    for p in _of(found, "clinical judgement"):
        assert DUTIES[p.start : p.end].startswith("(b) review every image")
        assert "shall review" not in p.quote


def _clause(cid: str, start: int, end: int, parent: str | None = None, number: str | None = None):
    return Clause(id=cid, start=start, end=end, text="", parent=parent, number=number)


def _items(text: str, lead: str, *items: str) -> list[tuple[int, int, str]]:
    at = text.index(lead)
    clauses = [_clause("c-1", at, at + len(lead))]
    for n, item in enumerate(items):
        i = text.index(item)
        clauses.append(_clause(f"c-1({n})", i, i + len(item), "c-1", f"1({n})"))
    names = re.compile(r"\b(?:[Tt]he\s+)?(?:Practice)(?:\s+(?P<word>[a-z]+)|(?P<owner>'s))?")
    return modal_items(text, clauses, [Subject(names, "you")])


def test_the_space_after_the_label_reads_as_subject_and_modal() -> None:
    text = "1.1 The Practice agrees to:\n(a) keep records;\n(b) the Supplier may audit them.\n"
    found = _items(text, "1.1 The Practice agrees to:", "(a) keep records;", "(b) the Supplier")
    assert [(text[s:e], words) for s, e, words in found] == [(" ", " you agree to ")]


def test_a_lead_in_that_denies_or_names_no_party_reads_no_item() -> None:
    denied = "1.1 The Practice shall not:\n(a) copy the Software;\n"
    assert _items(denied, "1.1 The Practice shall not:", "(a) copy the Software;") == []
    other = "1.1 Each Knock-out Question must:\n(a) test a genuine requirement;\n"
    assert _items(other, "1.1 Each Knock-out Question must:", "(a) test a genuine") == []


def _bullets(text: str) -> list[tuple[str, str]]:
    clauses = [_clause("c-1", 0, len(text))]
    names = re.compile(r"\b(?:[Tt]he\s+)?(?:Practice)(?:\s+(?P<word>[a-z]+)|(?P<owner>'s))?")
    return [
        (text[s - 1 : e + 4], w) for s, e, w in modal_items(text, clauses, [Subject(names, None)])
    ]


def test_bulleted_items_under_a_modal_lead_in_read_with_its_subject() -> None:
    text = (
        "Before each release, the Practice will:\n\n- keep records;\n* the Supplier may audit;\n"
        "\u2022 not copy the Software; and\n  - check twice (indented under the item above)\n"
        "+ report errors.\n\nThe Practice may also ask for help:\n- ask the Supplier.\n"
    )
    found = _bullets(text)
    assert found == [
        ("- keep", " the Practice will "),
        ("\u2022 not ", " the Practice will "),
        ("+ repo", " the Practice will "),
    ]


def test_bullets_end_at_the_first_line_that_is_no_bullet() -> None:
    text = "The Practice shall:\n\n- keep records.\n\nFees are due monthly.\n- pay late fees.\n"
    assert [w for _, w in _bullets(text)] == [" The Practice shall "]


def test_the_items_of_a_list_run_into_its_sentence_read_with_its_modal() -> None:
    text = (
        "The Practice will (a) keep records, (b) the Supplier may audit them, (c) not copy the "
        "Software and (d) report errors.\nThe Practice shall (1) pay the fees; (2) use it.\n"
    )
    names = re.compile(r"\b(?:[Tt]he\s+)?(?:Practice)(?:\s+(?P<word>[a-z]+)|(?P<owner>'s))?")
    found = modal_items(text, [_clause("c-1", 0, len(text))], [Subject(names, None)])
    assert [(text[s - 3 : s], w) for s, _e, w in found] == [
        ("(c)", " The Practice will "),
        ("(d)", " The Practice will "),
        ("(2)", " The Practice shall "),
    ]


@pytest.mark.parametrize(
    ("section", "quote"),
    [
        # bulleted items under "the Supplier will:"
        (
            "6. Compliance\n\nTo support the Practice's own obligations, the Supplier will:\n\n"
            "- comply with all laws that apply to its provision of the Software; and\n"
            "- keep the technical documentation up to date.\n",
            "comply with all laws",
        ),
        # a list run into the provider's sentence
        (
            "7. Regulatory\n\n7.2 For as long as it offers the Software, the Supplier will (a) keep "
            "its device registration current, (b) maintain a certified quality management system, "
            "and (c) comply with all laws and regulations that apply to the Software.\n",
            None,
        ),
    ],
)
def test_the_items_of_the_providers_list_are_its_promises(section: str, quote: str | None) -> None:
    found = _provisions(PREAMBLE + section)
    law = [p for p in found if "regulatory_compliance" in p.areas]
    assert law, [(p.rule, p.quote) for p in found]
    assert all(p.obligor == PartyRole.provider and p.stance == Stance.commits for p in law)
    if quote is not None:
        assert any(p.quote.startswith(quote) for p in law)
