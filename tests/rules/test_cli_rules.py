"""`contractscan rules list|show|test`."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from contractscan.cli_rules import rules

HERE = Path(__file__).parent


def test_list_shows_every_rule_with_its_type_and_file():
    out = CliRunner().invoke(rules, ["list"])
    assert out.exit_code == 0
    line = next(
        line for line in out.output.splitlines() if line.startswith("indemnification.indemnify")
    )
    assert "indemnification" in line and "indemnification.yaml" in line


def test_show_prints_the_rule_and_its_source():
    out = CliRunner().invoke(rules, ["show", "governing_law.governed_by"])
    assert out.exit_code == 0
    assert out.output.startswith("# ") and "governing_law.yaml" in out.output.splitlines()[0]
    assert "type: governing_law" in out.output


def test_show_unknown_rule_is_a_usage_error():
    out = CliRunner().invoke(rules, ["show", "governing_law.nope"])
    assert out.exit_code == 2
    assert "governing_law.governed_by" in out.output


def test_test_passes_on_shipped_rules_and_user_dir():
    out = CliRunner().invoke(rules, ["test", "--rules", str(HERE / "user")])
    assert out.exit_code == 0, out.output
    assert "examples pass" in out.output


def test_shipped_rules_let_the_prefilter_skip_paragraphs():
    out = CliRunner().invoke(rules, ["test"])
    assert out.exit_code == 0 and "slow:" not in out.stderr


def test_test_warns_of_a_pattern_that_makes_every_text_read_whole(tmp_path):
    # a token that may be any word, even a line break, before the last: it could cross paragraphs
    (tmp_path / "r.yaml").write_text(
        "rules:\n  - id: t.loose\n    type: warranty\n    stance: commits\n"
        "    patterns:\n      - [{TEXT: {REGEX: '^[0-9]+$'}}, {LOWER: warrants}]\n"
    )
    out = CliRunner().invoke(rules, ["test", "--rules", str(tmp_path)])
    assert out.exit_code == 0, out.output
    assert "slow: t.loose: pattern 1" in out.stderr and "IS_SPACE: false" in out.stderr
    (tmp_path / "r.yaml").write_text(
        (tmp_path / "r.yaml").read_text().replace("{TEXT:", "{IS_SPACE: false, TEXT:")
    )
    out = CliRunner().invoke(rules, ["test", "--rules", str(tmp_path)])
    assert out.exit_code == 0 and "slow:" not in out.stderr


def test_test_fails_when_an_example_does_not_hold(tmp_path):
    (tmp_path / "r.yaml").write_text(
        "rules:\n  - id: t.wrong\n    type: warranty\n    stance: commits\n    phrases: [we promise]\n"
        "    examples:\n      match: [We guarantee uptime.]\n"
    )
    out = CliRunner().invoke(rules, ["test", "--rules", str(tmp_path)])
    assert out.exit_code == 1
    assert "FAIL t.wrong" in out.output


def test_broken_rules_dir_is_a_usage_error():
    out = CliRunner().invoke(rules, ["list", "--rules", str(HERE / "broken" / "unknown_area")])
    assert out.exit_code == 2
    assert "unknown_area.yaml" in out.output and "weather" in out.output


def test_test_warns_of_a_wide_repeat_the_matcher_cannot_bear(tmp_path):
    # a parenthesis of up to 20 tokens that may be any word: 19 optional places, past the 12 that
    # spaCy's Matcher reads in milliseconds (`prefilter.open_repeats`)
    rule = (
        "rules:\n  - id: t.paren\n    type: warranty\n    stance: commits\n"
        "    patterns:\n      - [{LOWER: reviewer}, {ORTH: '('},\n"
        "         {OP: '{1,20}', IS_SPACE: false, ORTH: {NOT_IN: [')']}}, {ORTH: ')'}]\n"
    )
    (tmp_path / "r.yaml").write_text(rule)
    out = CliRunner().invoke(rules, ["test", "--rules", str(tmp_path)])
    assert out.exit_code == 0, out.output
    assert "slow: t.paren: pattern 1 leaves 19 optional places" in out.stderr
    # the same repeat over words it names is cheap, and so is a run of 12
    (tmp_path / "r.yaml").write_text(rule.replace("ORTH: {NOT_IN: [')']}", "LOWER: {IN: [a, b]}"))
    out = CliRunner().invoke(rules, ["test", "--rules", str(tmp_path)])
    assert out.exit_code == 0 and "slow:" not in out.stderr
    (tmp_path / "r.yaml").write_text(rule.replace("{1,20}", "{1,12}"))
    out = CliRunner().invoke(rules, ["test", "--rules", str(tmp_path)])
    assert out.exit_code == 0 and "slow:" not in out.stderr
