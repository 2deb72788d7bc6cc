"""What a document's characters must not change: curly apostrophes and quotes read as straight
ones ("don’t", “as is” give the same provisions as "don't", "as is", at the same offsets, and a
provision's quote keeps the document's own characters), and a line break between two words in
lower case reads as the space it stands for (a soft break a DOCX or an HTML page kept), and a
sentence written in capitals reads as it does in lower case (a disclaimer or a notice in capitals,
"WE DON'T GUARANTEE ...", "IT IS THE CUSTOMER'S RESPONSIBILITY ..."). Checked on the invented
sentences of the clause and consumer-terms tables, written the other way."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from conftest import shipped_rulebook

from contractscan.classify import classify
from contractscan.extract.layout import DANGLING_WORDS
from contractscan.models import Document, DocumentStructure
from contractscan.segment import caps_sentence

RB = shipped_rulebook()
HERE = Path(__file__).parent


def _curly(text: str) -> str:
    text = re.sub(r"(?<=\w)'|'(?=\w)", "\u2019", text)
    text = re.sub(r'"(?=\w)', "\u201c", text)
    return text.replace('"', "\u201d")


def _rows(keep) -> list:
    rows = []
    for table in ("clause_families.yaml", "unfair_families.yaml"):
        for row in yaml.safe_load((HERE / table).read_text(encoding="utf-8")):
            if keep(row["text"]) and "known_miss" not in row:
                rows.append(pytest.param(row["text"], id=f"{table[:6]}-{row['text'][:50]}"))
    return rows


def _wrapped(text: str) -> str:
    """`text` with the space nearest its middle between two lower-case words a line break."""
    spaces = [m.start() for m in re.finditer(r"(?<=[a-z]) (?=[a-z])", text)]
    at = min(spaces, key=lambda i: abs(i - len(text) // 2))
    return text[:at] + "\n" + text[at + 1 :]


def _read(text: str) -> list[tuple]:
    return [
        (p.rule, p.type, p.obligor, p.stance, p.start, p.end, p.quote)
        for p in classify(Document(id="d", path="<t>", text=text), DocumentStructure(), RB)
    ]


@pytest.mark.parametrize("text", _rows(lambda t: "'" in t or '"' in t))
def test_curly_marks_read_as_straight_ones(text: str) -> None:
    curly = _curly(text)
    assert curly != text
    straight = _read(text)
    got = _read(curly)
    assert [g[:6] for g in got] == [s[:6] for s in straight]
    # the quote is the document's own text
    assert [g[6] for g in got] == [_curly(s[6]) for s in straight]


@pytest.mark.parametrize("text", _rows(lambda t: re.search(r"[a-z] [a-z]", t) is not None))
def test_a_line_break_between_words_reads_as_a_space(text: str) -> None:
    wrapped = _wrapped(text)
    assert [g[:6] for g in _read(wrapped)] == [s[:6] for s in _read(text)]


@pytest.mark.parametrize("text", _rows(lambda t: t != t.upper()))
def test_a_sentence_in_capitals_reads_as_it_does_in_lower_case(text: str) -> None:
    # the same provisions by rule, type, obligor and stance; offsets too, as one character is one
    assert [g[:6] for g in _read(text.upper())] == [s[:6] for s in _read(text)]


def _wrapped_full_line(text: str) -> str:
    """`text` with the first space after a full line (45 characters) a line break."""
    at = text.index(" ", 45)
    return text[:at] + "\n" + text[at + 1 :]


def _wraps_visibly(text: str) -> bool:
    """A first line of 45+ characters, broken before a word, that shows it goes on: it holds a
    verb a sentence has or ends on a word no heading ends on. A line in capitals without either
    ("REASONS FOR LUMIO SUSPENDING OR CLOSING YOUR ACCOUNT") may be a heading, and is kept one."""
    if len(text) <= 80 or not re.match(r"[^ ]{0,30}[\w,)\"] [A-Za-z\"]", text[45:]):
        return False
    first = text[: text.index(" ", 45)].upper().split()
    return caps_sentence(first) or first[-1].lower() in DANGLING_WORDS


@pytest.mark.parametrize("text", _rows(_wraps_visibly))
def test_a_hard_wrapped_sentence_in_capitals_reads_whole(text: str) -> None:
    upper = text.upper()
    assert [g[:6] for g in _read(_wrapped_full_line(upper))] == [s[:6] for s in _read(upper)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a wrap inside a sentence, whatever the case of the words around it
        ('THE SERVICES (INCLUDING ANY OUTPUTS) ARE PROVIDED\n"AS IS" AND', "joined"),
        ("TO THE MAXIMUM EXTENT PERMITTED BY LAW, THE SERVICES AND\nOUTPUTS", "joined"),
        ("a long line of the contract that goes on and on, and Acme\nshall pay", "joined"),
        # a heading over its text, a list item, a short line: the break stays
        ("DISCLAIMERS AND LIMITATIONS OF LIABILITY OF ACME\nPlease read", "kept"),
        ("10. Modifications to the Terms and Product-Specific Terms\nAs we grow", "kept"),
        ("You will not use our Site for any purpose, including to:\n(i) upload", "kept"),
        ("a long line of the contract that goes on and on and on\nA. Next", "kept"),
        ("LIMITATION OF LIABILITY\nTHE SERVICES ARE PROVIDED", "kept"),
    ],
)
def test_which_line_breaks_wrap_a_sentence(text: str, want: str) -> None:
    from contractscan.classify import _unwrap

    out = _unwrap(text)
    assert len(out) == len(text)
    assert ("\n" not in out) == (want == "joined")
