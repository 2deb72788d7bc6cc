"""Terms lettered A, B, C ... whose clauses are numbered inside a part ("I. School Plans", then
"4. Our commitments") are cited by letter and number ("subsection I.4"), and a cap lifted by item
label alone ("Subsections (a) and (b) do not apply", said in O(c)) is O(a) and O(b). Whole
documents run through the pipeline, as `contractscan scan` reads them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from conftest import shipped_rulebook

from contractscan.evaluation.stance import _pipeline, provider_stance
from contractscan.extract import extract
from contractscan.numbering import full_numbers
from contractscan.structure import analyze_structure

TERMS = """\
# Larchmere Reading Coach Terms

These Terms are an agreement between Larchmere Learning Ltd ("Larchmere") and the school that
orders the Service (the "School").

### A. The Service

Larchmere Reading Coach suggests reading exercises for pupils.

### B. School Plans

**1. Orders.** A School buys seats under an order form.

**2. Our commitments.** For Pupil Records, Larchmere will:

- (a) use Pupil Records only to provide the Service to the School;
- (b) notify the School in writing within 48 hours after confirming any unauthorized access to Pupil Records; and
- (c) delete Pupil Records within 30 days after the order form ends.

### C. Limitation of Liability

(a) LARCHMERE IS NOT LIABLE FOR ANY INDIRECT, INCIDENTAL OR CONSEQUENTIAL DAMAGES.

(b) LARCHMERE'S TOTAL LIABILITY WILL NOT EXCEED THE FEES PAID IN THE 12 MONTHS BEFORE THE CLAIM.

(c) Subsections (a) and (b) do not apply to Larchmere's liability to a School for a breach of subsection B.2.
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "larchmere.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_clause_under_a_lettered_part_is_also_named_with_its_letter(tmp_path):
    st = analyze_structure(extract(_write(tmp_path, TERMS), doc_id="D1"))
    full = full_numbers(st.clauses)
    by_number = {c.number: full.get(c.id) for c in st.clauses if c.number}
    assert by_number["2"] == "B.2"
    assert by_number["(c)"] == "C(c)"
    # an unnumbered heading's own letter names it
    heads = {c.heading: full.get(c.id) for c in st.clauses if c.heading}
    assert heads["C. Limitation of Liability"] == "C"


@cache
def _run():  # type: ignore[no-untyped-def]
    return _pipeline(shipped_rulebook())


def test_a_lift_of_the_caps_for_a_lettered_subsection_reaches_its_commitments(tmp_path):
    cs = _run()(_write(tmp_path, TERMS), "larchmere.md")
    assert provider_stance(cs, "privacy") == "covered"
    assert provider_stance(cs, "incident_response") == "covered"


def test_without_the_lift_the_caps_reach_the_same_commitments(tmp_path):
    text = TERMS.replace(
        "(c) Subsections (a) and (b) do not apply to Larchmere's liability to a School for a "
        "breach of subsection B.2.\n",
        "",
    )
    cs = _run()(_write(tmp_path, text), "larchmere.md")
    assert provider_stance(cs, "privacy") == "limited"
    assert provider_stance(cs, "incident_response") == "limited"
