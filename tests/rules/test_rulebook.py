"""The rule loader: every shipped example behaves as its rule says; broken files fail clearly."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import shipped_rulebook

from contractscan.classify import check_examples, classify
from contractscan.errors import RuleFileError
from contractscan.models import ClauseType, Document, DocumentStructure
from contractscan.rulebook import load_rulebook, phrase_variants, split_pattern

HERE = Path(__file__).parent
BROKEN = HERE / "broken"

RULEBOOK = shipped_rulebook()
EXAMPLES = check_examples(RULEBOOK)


@pytest.mark.parametrize(
    "result",
    EXAMPLES,
    ids=[f"{r.rule}:{'match' if r.should_match else 'no_match'}:{r.text[:40]}" for r in EXAMPLES],
)
def test_rule_example(result):
    want = "match" if result.should_match else "not match"
    assert result.ok, f"{result.rule} ({result.source}) should {want}: {result.text!r}"


def test_every_clause_type_has_a_rule_with_examples():
    types = {r.type for r in RULEBOOK.rules if r.examples.match and r.examples.no_match}
    assert types == set(ClauseType)


def test_rules_know_their_source_file():
    for rule in RULEBOOK.rules:
        assert Path(rule.source).is_file()
        assert Path(rule.source).parent.name == "clauses"


@pytest.mark.parametrize(
    ("case", "file", "rule", "field", "words"),
    [
        ("missing_field", "missing_stance.yaml", "broken.no_stance", "stance", "Field required"),
        ("unknown_type", "unknown_type.yaml", "broken.bad_type", "type", "force_majeure"),
        (
            "unknown_yield_type",
            "unknown_yield_type.yaml",
            "broken.bad_yield",
            "yields_to",
            "force_majeure",
        ),
        ("bad_pattern", "bad_pattern.yaml", "broken.bad_pattern", "patterns.1", "LOWR"),
        ("unknown_area", "unknown_area.yaml", "broken.bad_area", "areas.1", "weather"),
        ("duplicate_id", "b.yaml", "broken.twice", "id", "duplicate rule id"),
        (
            "unknown_class",
            "unknown_class.yaml",
            "broken.bad_class",
            "patterns.0.0.CLASS",
            "not_a_class",
        ),
    ],
)
def test_broken_rule_file_names_file_rule_and_field(case, file, rule, field, words):
    with pytest.raises(RuleFileError) as info:
        load_rulebook([BROKEN / case])
    err = info.value
    assert Path(err.file).name == file
    assert err.item == rule
    assert err.field == field
    message = str(err)
    assert file in message and repr(rule) in message and repr(field) in message
    assert words in message


def test_invalid_yaml_names_file_and_line():
    with pytest.raises(RuleFileError) as info:
        load_rulebook([BROKEN / "invalid_yaml"])
    assert Path(info.value.file).name == "invalid.yaml"
    assert "not valid YAML at line" in str(info.value)


def test_missing_rule_directory_is_an_error(tmp_path):
    with pytest.raises(RuleFileError, match="not found"):
        load_rulebook([tmp_path / "nope"])


def test_unquoted_yaml_boolean_gets_a_hint(tmp_path):
    (tmp_path / "r.yaml").write_text(
        "rules:\n  - id: t.bool\n    type: warranty\n    stance: commits\n"
        "    patterns:\n      - [{LOWER: {IN: [no, warranty]}}, {LOWER: is}]\n"
    )
    with pytest.raises(RuleFileError, match="quote them"):
        load_rulebook([tmp_path])


def test_user_directory_overrides_and_extends():
    rb = load_rulebook([HERE / "user"])
    assert rb.rule("liability.not_liable").source.endswith("override.yaml")
    assert len(rb.rules) == len(RULEBOOK.rules) + 1
    doc = Document(
        id="d",
        path="<t>",
        text="The Vendor will publish a model card for each release of the model.",
    )
    found = {p.rule: p for p in classify(doc, DocumentStructure(), rb)}
    assert "user.model_card" in found
    assert found["user.model_card"].areas == ["transparency"]
    assert "user.model_card" not in {p.rule for p in classify(doc, DocumentStructure(), RULEBOOK)}
    # the shipped pattern is gone: the override has only its own phrase
    doc = Document(
        id="d",
        path="<t>",
        text="In no event shall the Vendor be liable for lost profits or revenue.",
    )
    assert "liability.not_liable" not in {p.rule for p in classify(doc, DocumentStructure(), rb)}
    assert all(r.ok for r in check_examples(rb))


def test_gapped_pattern_is_split_and_literal_segments_become_phrases():
    segments, gaps = split_pattern(
        [
            {"LOWER": {"IN": ["may", "can"]}},
            {"OP": "{0,5}", "IS_SENT_START": False},
            {"LOWER": "terminate"},
        ]
    )
    assert len(segments) == 2 and (gaps[0].lo, gaps[0].hi) == (0, 5)
    assert phrase_variants(segments[0]) == [["can"], ["may"]]
    assert phrase_variants([{"LOWER": "not"}, {"LOWER": "be", "OP": "?"}, {"LOWER": "liable"}]) == [
        ["not", "be", "liable"],
        ["not", "liable"],
    ]
    assert phrase_variants([{"LIKE_NUM": True}]) is None
