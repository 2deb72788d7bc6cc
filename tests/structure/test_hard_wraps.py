"""Hard-wrapped text (a PDF's or a plain-text file's lines, a line break where a space was) reads
as the same text unwrapped: the same clauses and the same provisions, at the same places, through
the whole pipeline. The documents are invented; each is wrapped the way a text file is, at the
last space before a column, one character for one."""

from __future__ import annotations

import pytest

from contractscan.evaluation.perturbations import hard_wrap as wrap
from contractscan.evaluation.perturbations import readings, walk
from contractscan.pipeline import Analyzer, ScanOptions, analyze_text
from contractscan.segment import segment

from .helpers import doc


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.build(ScanOptions())


def _lines(*lines: str) -> str:
    """One paragraph that `wrap` breaks into exactly these lines."""
    text = " ".join(lines) + "\n"
    assert wrap(text) == "\n".join(lines) + "\n"
    return text


# a disclaimer and a cap in capitals under numbered headings, run-in headings set in bold in the
# middle of one long paragraph, an address ending in a country's initials, an abbreviation and a
# bracket at a wrap
DOCUMENTS = {
    # a paragraph in capitals whose first full line makes no sentence on its own
    "capitals": "1. Warranties\n\n"
    + _lines(
        "THE PLATFORM AND EVERY REPORT, FORECAST AND PLAN MADE AVAILABLE THROUGH",
        "IT ARE SUPPLIED BY BRIGHTLANE ON AN “AS AVAILABLE” BASIS AND BRIGHTLANE",
        "GIVES NO WARRANTY OF ANY KIND, WHETHER EXPRESS, IMPLIED OR STATUTORY,",
        "INCLUDING ANY WARRANTY OF QUALITY OR FITNESS FOR A PARTICULAR PURPOSE.",
    )
    + "\n2. Liability\n\n"
    + (
        "CERTAIN COUNTRIES DO NOT PERMIT THE EXCLUSION OF IMPLIED TERMS OR THE LIMITATION OF "
        "LIABILITY FOR LOSS OF PROFITS, SO PART OF THE ABOVE EXCLUSIONS MAY NOT APPLY TO YOU. "
        "IN NO EVENT WILL BRIGHTLANE BE LIABLE FOR ANY LOSS OF DATA OR GOODWILL.\n"
    ),
    # a bold run-in heading cut in two by a wrap ("**3\\. Charges; Fees;" over "Late
    # Payments.** You shall pay")
    "run-in": _lines(
        "**1\\. Access.** Subject to these terms we grant you a limited right to",
        "use the planner during the subscription period for your own internal",
        "purposes. **2\\. Restrictions.** You shall not, and shall not permit",
        "anyone else to: (a) sell or lend the planner to any person; (b) copy",
        "the planner other than as these terms allow; or (c) remove any notice.",
        "You are solely responsible for all activity under your login details",
        "and your password at all times and in all places. **3\\. Charges; Fees;",
        "Late Payments.** You shall pay every invoice within thirty days of the",
        "date of the invoice. **4\\. No Warranty.** THE PLANNER IS PROVIDED “AS",
        "IS” AND WE DISCLAIM ALL WARRANTIES OF ANY KIND.",
    ),
    # a country's initials opening a line ("USA. The notice"), an abbreviation ending one ("the
    # U.S." over "Government"), a semicolon at a line's end inside brackets
    "notices": _lines(
        "Claims. A party that means to bring a claim must first send a written",
        "notice to the other party at its new office, Larkspur, Dayton, OH 45402",
        "USA. The notice must: (a) say what the claim is about and how it arose;",
        "and (b) say what relief is sought. You represent that you are not on a",
        "list of restricted persons kept by any agency or department of the U.S.",
        "Government, and that you will keep to the terms that survive (Secrecy;",
        "Fees; Liability) after the end of these terms.",
    ),
}


def _clauses(text: str) -> list[tuple[str | None, str | None]]:
    clauses, _notices = segment(doc(text))
    return [(c.number, c.heading) for c in walk(clauses)]


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_a_wrapped_document_has_the_clauses_it_has_unwrapped(name: str) -> None:
    text = DOCUMENTS[name]
    wrapped = wrap(text)
    assert wrapped.count("\n") > text.count("\n") + 2
    assert _clauses(wrapped) == _clauses(text)


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_a_wrapped_document_gives_the_provisions_it_gives_unwrapped(
    name: str, analyzer: Analyzer
) -> None:
    text = DOCUMENTS[name]
    base = readings(analyze_text(text, analyzer=analyzer))
    assert base
    assert sorted(readings(analyze_text(wrap(text), analyzer=analyzer))) == sorted(base)
