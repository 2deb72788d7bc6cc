"""A list whose lead-in is in lower case and whose items are typed in capitals ("You may not:"
over "COPY OR RESELL THE SERVICE ..."): the items' capitals say nothing, so the list is read
as the same list in lower case is, one sentence with its lead-in, not a lead-in cut off from
items that read as headings."""

from __future__ import annotations

from conftest import shipped_rulebook

from contractscan.classify import classify
from contractscan.models import Document, DocumentKind
from contractscan.sentences import paragraph_breaks
from contractscan.structure import analyze_structure

RB = shipped_rulebook()

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


def test_the_lead_in_reaches_its_items_in_capitals() -> None:
    lower = LOWER.replace("it.\n", "it;\n    scrape the Platform by automated means.\n")
    text = _caps_items(lower)
    _, found = _readings(text)
    end = text.index("MEANS.") + 6
    assert ("acceptable_use.prohibition_lead_in", text.index("While"), end) in found
    assert found == _readings(lower)[1]


def test_an_item_in_capitals_is_no_paragraph_of_its_own() -> None:
    text = _caps_items(LOWER)
    assert text.index("RENT") not in paragraph_breaks(text)
    # a lead-in in capitals keeps its items apart, as a label does
    shouted = LOWER.upper()
    assert shouted.index("RENT") in paragraph_breaks(shouted)
    labelled = _caps_items(LOWER.replace("    rent", "    (A) rent"))
    assert labelled.index("(A)") in paragraph_breaks(labelled)


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in RB.nlp(text).sents]


CHAIN = (
    "4. Using the Platform\n\n"
    "While you hold an account, you agree not to:\n\n"
    "    rent, lease or resell the Platform or any part of it;\n"
    "    scrape the Platform by automated means; or\n"
    "    share your password with anyone else.\n\n"
    "We may suspend your account at any time.\n"
)


def test_every_item_of_a_list_in_capitals_goes_on_with_its_lead_in() -> None:
    text = _caps_items(CHAIN)
    sentences = _sentences(text)
    lead_in = next(s for s in sentences if s.startswith("While"))
    assert lead_in.endswith("SHARE YOUR PASSWORD WITH ANYONE ELSE.")
    _, lower = _readings(CHAIN)
    _, upper = _readings(text)
    assert upper == lower
    end = text.index("ELSE.") + 5
    assert ("acceptable_use.prohibition_lead_in", text.index("While"), end) in upper


def test_a_line_in_capitals_after_a_full_stop_keeps_its_start() -> None:
    # an item that ends on a full stop says nothing of what follows: the next line in capitals
    # may be a sentence of its own, as it would be typed in lower case
    text = _caps_items(CHAIN.replace("means; or\n", "means.\n"))
    sentences = _sentences(text)
    assert any(s.startswith("SHARE YOUR PASSWORD") for s in sentences)
    # and a labelled item keeps its start, as in lower case
    labelled = _caps_items(CHAIN.replace("    scrape", "    (B) scrape"))
    assert any(s.startswith("(B) SCRAPE") for s in _sentences(labelled))
