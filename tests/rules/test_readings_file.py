"""Readings are data: shipped ones keep their examples, a user dir overrides by name, broken ones name file, reading and field."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import shipped_rulebook

from contractscan.classify import classify
from contractscan.models import Document, DocumentStructure
from contractscan.readings import READING_NAMES, ReadingError, load_readings
from contractscan.rulebook import load_rulebook

BROKEN = Path(__file__).parent / "broken"
SHIPPED = load_readings()
EXAMPLES = [
    (name, text, should)
    for name, reading in SHIPPED.items()
    for should, texts in ((True, reading.examples.match), (False, reading.examples.no_match))
    for text in texts
]


def test_shipped_file_defines_every_reading_classify_asks_for() -> None:
    assert set(SHIPPED) == READING_NAMES
    assert all(r.examples.match and r.description for r in SHIPPED.values())


@pytest.mark.parametrize(
    ("name", "text", "should"),
    EXAMPLES,
    ids=[f"{n}:{'match' if s else 'no_match'}:{t[:30]}" for n, t, s in EXAMPLES],
)
def test_reading_example(name: str, text: str, should: bool) -> None:
    assert bool(SHIPPED[name].regex.search(text)) is should


def test_rulebook_compiles_the_readings_once() -> None:
    rb = shipped_rulebook()
    assert set(rb.readings) == READING_NAMES
    assert rb.readings["efforts"].search("will use commercially reasonable efforts to").group(
        1
    ) == ("commercially reasonable")


def _classify_one(rb, text: str):
    doc = Document(id="t", path="t.txt", text=text)
    return classify(doc, DocumentStructure(), rb)


def test_user_dir_overrides_a_reading_by_name(tmp_path: Path) -> None:
    text = "The Provider will use best efforts to notify Customer of any security incident within 72 hours."
    shipped = _classify_one(shipped_rulebook(), text)
    assert shipped and not any("efforts" in p.attributes for p in shipped)
    (tmp_path / "readings.yaml").write_text(
        "readings:\n  efforts:\n    description: best efforts too\n"
        "    pattern: '\\b(best|commercially reasonable|reasonable)\\s+efforts\\b'\n"
        "    examples:\n      match: [best efforts]\n",
        encoding="utf-8",
    )
    rb = load_rulebook([tmp_path])
    assert rb.readings["efforts"].search("best efforts")
    assert rb.readings["prohibition"].pattern == SHIPPED["prohibition"].pattern  # others kept
    assert any(p.attributes.get("efforts") == "best" for p in _classify_one(rb, text))


@pytest.mark.parametrize(
    ("case", "reading", "field", "words"),
    [
        ("readings_bad_regex", "efforts", "pattern", "not a valid regular expression"),
        ("readings_missing_field", "prohibition", "pattern", "Field required"),
        ("readings_unknown_name", "force_majeure", None, "unknown reading"),
    ],
)
def test_broken_readings_file_names_file_reading_and_field(
    case: str, reading: str, field: str | None, words: str
) -> None:
    with pytest.raises(ReadingError) as info:
        load_rulebook([BROKEN / case])
    err = info.value
    assert Path(err.file) == BROKEN / case / "readings.yaml"
    assert err.item == reading and err.field == field
    message = str(err)
    assert "readings.yaml" in message and repr(reading) in message and words in message
    if field:
        assert repr(field) in message


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        (
            (
                "readings:\n  efforts:\n    description: d\n    pattern: 'efforts'\n"
                "    examples: {match: [efforts], no_match: [best efforts]}\n"
            ),
            "examples.no_match: the pattern matches 'best efforts'",
        ),
        (
            "readings:\n  efforts:\n    description: d\n    pattern: 'efforts'\n    examples: {match: [steps]}\n",
            "does not match 'steps'",
        ),
        ("readings:\n  efforts:\n    description: d\n    pattern: 'efforts'\n", "field 'examples'"),
        ("readings: [efforts]\n", "expected a mapping with a mapping under 'readings'"),
    ],
)
def test_broken_user_readings(tmp_path: Path, body: str, needle: str) -> None:
    (tmp_path / "readings.yaml").write_text(body, encoding="utf-8")
    with pytest.raises(ReadingError) as info:
        load_readings([tmp_path])
    assert needle in str(info.value)
