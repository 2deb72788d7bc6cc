"""The gaps of a line that are inside a word, and those that part columns (extract.glyphs)."""

from __future__ import annotations

from contractscan.extract.glyphs import Gap, decide, is_column
from contractscan.extract.layout import Fragment, RawPage, assemble

SIZE = 12.0
SPACE = 3.0  # a space of Times at 12 pt


def gap(width: float, left: str = "a", right: str = "b", **kw: object) -> Gap:
    values: dict = {
        "size_left": SIZE,
        "size_right": SIZE,
        "word_start": False,
        "real": False,
    }
    values.update(kw)
    return Gap(width, left, right, **values)


def test_a_gap_narrower_than_the_word_spaces_is_inside_a_word() -> None:
    line = [gap(SPACE), gap(SPACE), gap(2.0), gap(SPACE)]
    assert decide(line) == [False, False, True, False]


def test_words_apart_by_a_normal_gap_stay_apart() -> None:
    assert decide([gap(SPACE)] * 5) == [False] * 5
    # justified: every gap stretched alike
    assert decide([gap(5.5), gap(5.4), gap(5.6)]) == [False] * 3


def test_nothing_is_joined_without_word_spaces_to_compare_with() -> None:
    assert decide([gap(2.0)]) == [False]
    assert decide([gap(2.0), gap(SPACE)]) == [False, False]


def test_a_space_drawn_or_not_between_letters_is_never_joined() -> None:
    line = [gap(SPACE), gap(SPACE), gap(1.0, real=True), gap(SPACE)]
    assert decide(line) == [False] * 4
    assert (
        decide([gap(SPACE), gap(SPACE), gap(1.0, "5", "b"), gap(1.0, "a", ","), gap(SPACE)])
        == [False] * 5
    )


def test_a_gap_going_back_is_no_gap_inside_a_word() -> None:
    assert decide([gap(SPACE), gap(SPACE), gap(-40.0), gap(SPACE)]) == [False] * 4


def test_a_gap_as_wide_as_a_space_of_the_font_stays_even_on_a_line_of_wide_spaces() -> None:
    assert decide([gap(8.0), gap(8.0), gap(2.6), gap(8.0)]) == [False] * 4


def test_small_caps_after_a_larger_first_capital_are_joined() -> None:
    def caps(width: float, left: str = "S", right: str = "T") -> Gap:
        return gap(width, left, right, size_right=0.8 * SIZE, word_start=True)

    # "S TATE OF N EW Y ORK": three of six gaps are small caps; the word space is the others'
    line = [caps(2.0), gap(SPACE), gap(SPACE), caps(2.0, "N", "E"), gap(SPACE), caps(2.0, "Y", "O")]
    assert decide(line) == [True, False, False, True, False, True]
    # too few other gaps to compare with: only a gap far narrower than a space
    assert decide([caps(1.5)]) == [True]
    assert decide([caps(2.0), gap(SPACE)]) == [False, False]


def test_single_capitals_apart_by_a_space_stay_apart() -> None:
    # "I AM" in small capitals: "I" then smaller capitals, a space's room between them
    i_am = gap(SPACE, "I", "A", size_right=0.8 * SIZE, word_start=True)
    assert decide([i_am]) == [False]
    assert decide([i_am, gap(SPACE), gap(SPACE)]) == [False] * 3
    # "A TEAM": the same size on both sides, a space apart
    assert decide([gap(SPACE, "A", "T", word_start=True), gap(SPACE), gap(SPACE)]) == [False] * 3
    # the capital is a word's own only at its start: "IS" in "THIS Is" is no small-caps start
    assert decide([gap(2.0, "S", "T", size_right=0.8 * SIZE)]) == [False]


def test_column_breaks() -> None:
    assert is_column(120.0, SIZE, SPACE)
    assert is_column(40.0, SIZE, None)
    assert not is_column(20.0, SIZE, None)  # a tab stop's room after a number
    assert not is_column(40.0, SIZE, 15.0)  # a line whose gaps are all wide


def row(*cells: tuple[str, float, float]) -> list[Fragment]:
    return [Fragment(t, x0, x1, 100.0, 100.0 + SIZE, False) for t, x0, x1 in cells]


def test_a_table_row_gets_a_tab_and_a_tab_stop_after_a_number_does_not() -> None:
    frags = row(
        ("Governing", 72, 122),
        ("Law", 125, 145),
        ("State", 250, 275),
        ("of", 278, 288),
        ("Utah", 291, 315),
    )
    frags += [
        Fragment(t, x0, x1, 160.0, 160.0 + SIZE, False)
        for t, x0, x1 in (("1.1", 72, 86), ("Commencement", 108, 180))
    ]
    assert assemble([RawPage(frags, 612, 792)]).text == (
        "Governing Law\tState of Utah\n\n1.1 Commencement"
    )


def test_justified_words_far_apart_get_no_tab() -> None:
    words = ["This", "Agreement", "shall", "bind", "them"]
    cells = []
    x = 72.0
    for w in words:
        cells.append((w, x, x + 6 * len(w)))
        x += 6 * len(w) + 40  # every gap wide alike
    assert assemble([RawPage(row(*cells), 612, 792)]).text == " ".join(words)


def test_pdfplumber_words_of_any_text_are_read() -> None:
    from contractscan.extract.pdf import _joined_words

    def word(text: str, x0: float, x1: float) -> dict:
        return {"text": text, "x0": x0, "x1": x1, "top": 100.0, "bottom": 100.0 + SIZE}

    words = [word("the", 72, 90), word("", 93, 93), word("Cali", 96, 120), word("fornia", 122, 150)]
    words += [word("is", 153, 160), word("a", 163, 168), word("state", 171, 200)]
    assert _joined_words(words, []) == [False, False, False, True, False, False, False]
