"""A list whose lead-in is in lower case and whose items are typed in capitals ("You may not:"
over "COPY OR RESELL THE SERVICE ..."): the items' capitals say nothing, so the list is read
as the same list in lower case is, one sentence with its lead-in, not a lead-in cut off from
items that read as headings."""

from __future__ import annotations

from contractscan.classify import classify
from contractscan.models import Document, DocumentKind
from contractscan.rulebook import load_rulebook
from contractscan.sentences import paragraph_breaks
from contractscan.structure import analyze_structure

RB = load_rulebook()

LOWER = (
    "7. Using the Platform\n\n"
    "While you hold an account, you agree not to:\n\n"
    "    rent, lease or resell the Platform or any part of it.\n"
)


def _readings(text: str):
    doc = Document(id="t", path="<t>", text=text)
    structure = analyze_structure(doc, nlp=RB.nlp)
    structure.kind = DocumentKind.terms_of_service
    found = classify(doc, structure, RB)
    return structure, {(p.rule, p.start, p.end) for p in found}


def _caps_items(text: str) -> str:
    return "\n".join(ln.upper() if ln.startswith("    ") else ln for ln in text.split("\n"))


def test_an_item_in_capitals_reads_as_in_lower_case() -> None:
    _, lower = _readings(LOWER)
    structure, upper = _readings(_caps_items(LOWER))
    assert any(r[0] == "acceptable_use.prohibition_lead_in" for r in lower)
    assert upper == lower
    # the item is no heading of a clause of its own
    assert all("RENT, LEASE" not in (c.heading or "") for c in structure.clauses)


def test_the_lead_in_reaches_its_first_item_in_capitals() -> None:
    text = _caps_items(LOWER.replace("it.\n", "it;\n    scrape the Platform by automated means.\n"))
    _, found = _readings(text)
    end = text.index("IT;") + 3
    assert ("acceptable_use.prohibition_lead_in", text.index("While"), end) in found


def test_an_item_in_capitals_is_no_paragraph_of_its_own() -> None:
    text = _caps_items(LOWER)
    assert text.index("RENT") not in paragraph_breaks(text)
    # a lead-in in capitals keeps its items apart, as a label does
    shouted = LOWER.upper()
    assert shouted.index("RENT") in paragraph_breaks(shouted)
    labelled = _caps_items(LOWER.replace("    rent", "    (A) rent"))
    assert labelled.index("(A)") in paragraph_breaks(labelled)
