"""Hard-wrapped text (a PDF's or a plain-text file's lines, a line break where a space was) reads
as the same text unwrapped: the same clauses and the same provisions, at the same places, through
the whole pipeline. The documents are invented; each is wrapped the way a text file is, at the
last space before a column, one character for one."""

from __future__ import annotations

import pytest

from contractscan.evaluation.perturbations import hard_wrap as wrap
from contractscan.evaluation.perturbations import readings, walk
from contractscan.pipeline import Analyzer, analyze_text
from contractscan.segment import segment

from .helpers import doc


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


# a colon at the end of a full line: the line below goes on with the sentence (a link, a quoted
# phrase then words in lower case, words in lower case) or starts one (a definition)
_AFTER_COLON = {
    "link": (
        "We handle personal data as our privacy notice says. The notice is at all times available at the following address on our public website: "
        "[example.com/privacy](https://example.com/privacy), which we may update from time to "
        "time. You should read it with care before you use the service in any way at all.",
        True,
    ),
    "url": (
        "We handle personal data as our privacy notice says. The notice is at all times available at the following address on our public website: "
        "https://example.com/privacy, which we may update from time to time. You should read it "
        "with care before you use the service in any way at all.",
        True,
    ),
    "quoted phrase": (
        "You may show the output of the service in your own app if you also show, next to the "
        "output and in a readable type size, the notice: “Powered by Larkspur” on each page that "
        "shows the output. You shall not remove it.",
        True,
    ),
    "lower case": (
        "We handle personal data as our privacy notice says. The notice is at all times available and applies to the following categories of "
        "records: account records, usage records and billing records. You should read the notice "
        "with care before you use the service in any way at all.",
        True,
    ),
    "definition": (
        "In these terms the words below have the meanings given to them here, and the meanings "
        "apply in every part of these terms as follows: “Customer Data” means the data that you "
        "upload to the service. “Output” means the text the service gives back to you.",
        False,
    ),
}


@pytest.fixture(scope="module")
def nlp():
    from contractscan.nlp import make_nlp

    return make_nlp()


@pytest.mark.parametrize("name", sorted(_AFTER_COLON))
def test_a_colon_at_a_full_lines_end_wraps_a_sentence_that_goes_on(name: str, nlp) -> None:
    text, goes_on = _AFTER_COLON[name]
    wrapped = wrap(text)
    line = next(ln for ln in wrapped.split("\n") if ln.endswith(":"))
    assert len(line) > 60  # the colon ends a full line
    sentences = [s.text.strip() for s in nlp(wrapped).sents]
    assert any(s.endswith(":") for s in sentences) is not goes_on
    if goes_on:
        assert [" ".join(s.split()) for s in sentences] == [s.text.strip() for s in nlp(text).sents]


def test_a_numbered_run_in_heading_after_a_full_line_ending_a_sentence_opens_a_clause() -> None:
    # "4.2 Fees." starts a line right below a full line that ends in a full stop: the line
    # above is full, but a new numbered clause starts here, no wrap goes on
    text = (
        "4. Payment\n\n"
        "4.1 Invoices. Provider shall invoice Customer monthly in arrears for all\n"
        "Services performed in the preceding month, and each invoice shall state\n"
        "the Services, the hours spent and the rates applied to those Services.\n"
        "4.2 Fees. Customer shall pay each undisputed invoice within thirty days\n"
        "of receipt, in the currency stated in the Order Form, without set-off.\n"
        "**4.3 Taxes.** Customer shall pay all taxes on the Services other than\n"
        "the taxes on Provider's income.\n"
    )
    assert _clauses(text) == [
        ("4", "Payment"),
        ("4.1", "Invoices"),
        ("4.2", "Fees"),
        ("4.3", "Taxes"),
    ]
