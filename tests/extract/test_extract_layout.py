"""The shared layout logic on hand-made pages: the rules every engine and format relies on."""

from __future__ import annotations

import pytest

from contractscan.extract.layout import Fragment, RawPage, assemble, clean_text, grid_page, undouble
from contractscan.extract.sniff import sniff

W, H = 612.0, 792.0
SIZE = 10.0
CHAR = 5.0  # width of one character in the synthetic pages below


def page(lines: list[tuple[float, str]], x0: float = 72.0) -> RawPage:
    """A page of lines given as (top, text), left aligned at x0, one fragment per line."""
    frags = [Fragment(t, x0, x0 + CHAR * len(t), top, top + SIZE) for top, t in lines]
    return RawPage(fragments=frags, width=W, height=H)


def body(*texts: str, start: float = 100.0, pitch: float = 12.0) -> list[tuple[float, str]]:
    return [(start + i * pitch, t) for i, t in enumerate(texts)]


FULL = "Word " + "word " * 16 + "words"  # a line that fills the measure (90 chars = 450 pt)


@pytest.mark.parametrize(
    "prev, cur, joined",
    [
        # wrapped prose joins
        (FULL[:-9] + " and the", "Customer shall pay.", True),
        # a numbered item after the end of a clause starts a new line
        (FULL[:-9] + " the Fees.", "(b) The Customer shall pay.", False),
        (FULL[:-9] + " the Fees;", "2.3 The Customer shall pay.", False),
        # a number that merely wraps ("ten\n(10) years") does not
        (FULL[:-9] + " of ten", "(10) years from the date.", True),
        # a bullet always starts a new item
        (FULL[:-9] + " of ten", "\u2022 Customer shall pay.", False),
    ],
)
def test_paragraph_joins(prev: str, cur: str, joined: bool) -> None:
    text = assemble([page(body(FULL, prev, cur, FULL))]).text
    assert (f"{prev} {cur}" in text) is joined, text
    if not joined:
        assert f"{prev}\n\n{cur}" in text


def test_short_line_ends_a_paragraph_and_gap_separates() -> None:
    lines = body(FULL, "Short end of paragraph.", FULL, start=100)
    lines.append((100 + 3 * 12 + 14, FULL))  # a blank line's worth of extra space
    text = assemble([page(lines)]).text
    assert text.split("\n\n") == [f"{FULL} Short end of paragraph.", FULL, FULL]


@pytest.mark.parametrize(
    "end, start, expected",
    [
        ("indemni-", "fication applies", "indemnification applies"),
        ("non-", "exclusive licence", "non-exclusive licence"),
        ("third-", "party claims", "third-party claims"),
        ("Section 4 -", "as amended", "Section 4 - as amended"),
    ],
)
def test_hyphen_rejoin(end: str, start: str, expected: str) -> None:
    prev = FULL[: 90 - len(end) - 1] + " " + end
    text = assemble([page(body(prev, start + " " + FULL[:40]))]).text
    assert expected in text


def test_running_headers_footers_and_page_numbers_removed() -> None:
    pages = []
    for n in range(1, 4):
        lines = [
            (30.0, "ACME CONFIDENTIAL"),
            (100.0, f"Clause text {'ABC'[n - 1]} ends here."),
            (760.0, f"- {n} -"),
        ]
        pages.append(page(lines))
    result = assemble(pages)
    assert "ACME" not in result.text and "- 2 -" not in result.text
    assert result.removed_lines == 6
    assert [result.text[s:e].strip() for s, e in result.spans] == [
        f"Clause text {c} ends here." for c in "ABC"
    ]


def test_a_single_page_keeps_its_margins() -> None:
    result = assemble([page([(30.0, "ACME CONFIDENTIAL"), (100.0, "Body."), (760.0, "7")])])
    assert result.removed_lines == 0 and "ACME CONFIDENTIAL" in result.text


def test_two_columns_read_in_order() -> None:
    left = [f"left {i} " + "l" * 40 for i in range(8)]
    right = [f"right {i} " + "r" * 39 for i in range(8)]
    frags = []
    for i, (a, b) in enumerate(zip(left, right)):
        top = 100.0 + 12 * i
        frags.append(Fragment(a, 72, 72 + 230, top, top + SIZE))
        frags.append(Fragment(b, 320, 320 + 230, top, top + SIZE))
    text = assemble([RawPage(frags, W, H)]).text
    assert text.index("left 7") < text.index("right 0")


def test_a_table_is_not_taken_for_columns() -> None:
    frags = []
    for i in range(8):
        top = 100.0 + 12 * i
        frags.append(Fragment(f"Item {i}", 72, 110, top, top + SIZE))
        frags.append(Fragment(f"USD {i}00", 400, 440, top, top + SIZE))
    text = assemble([RawPage(frags, W, H)]).text
    # a row of the table stays one line, its cells apart by a tab (the mark of columns)
    assert "Item 0\tUSD 000" in text


def test_page_spans_are_contiguous_and_cover_empty_pages() -> None:
    result = assemble([page(body("First page.")), page([]), page(body("Third page."))])
    assert result.spans[0][0] == 0 and result.spans[-1][1] == len(result.text)
    assert result.spans[0][1] == result.spans[1][0] == result.spans[1][1] == result.spans[2][0]
    assert result.text[slice(*result.spans[2])] == "Third page."


def test_grid_text_joins_hard_wrapped_lines() -> None:
    wrapped = (
        "1. The Provider shall provide the Service with reasonable skill\n"
        "and care.\n"
        "2. The Customer shall pay.\n"
    )
    assert assemble([grid_page(wrapped)], grid=True).text == (
        "1. The Provider shall provide the Service with reasonable skill and care.\n\n"
        "2. The Customer shall pay."
    )


LONG = (
    "Either party may terminate this Agreement by providing written notice to the other party. " * 2
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one paragraph per line (not hard-wrapped), cut mid-sentence by blank lines
        (
            LONG
            + "If\n\n\nonly one party has used good faith efforts, only that party may terminate.",
            LONG + "If only one party has used good faith efforts, only that party may terminate.",
        ),
        (
            LONG + "the laws of\n\nthe State of New York govern.",
            LONG + "the laws of the State of New York govern.",
        ),
        # a new sentence, an item after a semicolon and a lettered item stay apart
        (LONG + "\n\nThe Customer shall pay.", LONG.rstrip() + "\n\nThe Customer shall pay."),
        (
            LONG + "under a duty of confidentiality;\n\nb. the information was public.",
            LONG + "under a duty of confidentiality;\n\nb. the information was public.",
        ),
        # four blank lines or more: something else stood there (a page number, a table)
        (LONG + "If\n\n\n\n\nonly one party.", LONG + "If\n\nonly one party."),
    ],
)
def test_grid_text_joins_a_sentence_cut_by_blank_lines(text: str, expected: str) -> None:
    assert assemble([grid_page(text)], grid=True).text == expected


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("TThhiiss  AAggrreeeemmeenntt", "This Agreement"),
        ("Agreement", "Agreement"),
        ("ffee", "ffee"),  # too short to be sure
    ],
)
def test_undouble(raw: str, clean: str) -> None:
    assert undouble(raw) == clean


def test_clean_text() -> None:
    assert clean_text("e\u0301\ufb01nal\u00a0\u00adterm\x00\x07") == "\u00e9final term"


@pytest.mark.parametrize(
    "data, name, fmt",
    [
        (b"%PDF-1.4\n...", "a.txt", "pdf"),
        (b"\xef\xbb\xbf<!DOCTYPE html><html>", "a.pdf", "html"),
        (b"  <html lang='en'><body>x</body></html>", "a", "html"),
        (b"# Title\n\ntext", "terms.md", "markdown"),
        (b"# One\n\n## Two\n\ntext", "terms", "markdown"),
        (b"Plain terms.", "terms.md.txt", "text"),
        ("Terms".encode("utf-16"), "t", "text"),
    ],
)
def test_sniff(data: bytes, name: str, fmt: str) -> None:
    assert sniff(data, name) == fmt
