"""Areas and area rewrites are data: shipped ones load and keep their examples, broken ones name file, item and field."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import shipped_rulebook

from contractscan.areas import load_area_rewrites, load_areas
from contractscan.errors import AreaFileError, AreaRewriteError
from contractscan.rulebook import load_rulebook


def test_shipped_rewrites_load_in_order_with_examples() -> None:
    rewrites = load_area_rewrites()
    assert len(rewrites) >= 10 and len({r.id for r in rewrites}) == len(rewrites)
    assert all(r.examples for r in rewrites)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Customer is responsible for the accuracy of the Customer Data.",
            "data_quality",
            "accuracy",
        ),
        (
            "To the maximum extent permitted by applicable law, we disclaim all warranties.",
            None,
            "regulatory_compliance",
        ),
        (
            "Trained reviewers review every Screening Output before a decision.",
            "human_oversight",
            None,
        ),
        ("You must not represent that content was human-generated.", "transparency", None),
    ],
)
def test_rewrites_read_phrases_in_context(
    text: str, expected: str | None, not_expected: str | None
) -> None:
    areas = shipped_rulebook().areas_in(text)
    if expected:
        assert expected in areas
    if not_expected:
        assert not_expected not in areas


def _user_dir(tmp_path: Path, body: str) -> Path:
    (tmp_path / "area_rewrites.yaml").write_text(body, encoding="utf-8")
    return tmp_path


def test_user_rewrite_extends_the_shipped_ones(tmp_path: Path) -> None:
    d = _user_dir(
        tmp_path,
        "rewrites:\n  - id: model_card\n    pattern: '\\bmodel cards?\\b'\n"
        "    replace: ' documentation '\n    examples: [a model card]\n",
    )
    rb = load_rulebook([d])
    assert rb.rewrites[-1].id == "model_card"
    assert "transparency" in rb.areas_in("We publish a model card for each release.")


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        (
            "rewrites:\n  - {id: bad, pattern: '(unclosed', replace: x}\n",
            "rewrite 'bad': field 'pattern'",
        ),
        ("rewrites:\n  - {id: bad, pattern: 'a(b)', replace: '\\g<2>'}\n", "rewrite 'bad'"),
        (
            "rewrites:\n  - {id: bad, pattern: 'abc', replace: x, examples: [xyz]}\n",
            "does not match 'xyz'",
        ),
        (
            "rewrites:\n  - {id: bad, pattern: 'abc', replace: x, no_match: [abcd]}\n",
            "no_match: the pattern matches 'abcd'",
        ),
        ("rewrites:\n  - {id: bad, replace: x}\n", "field 'pattern'"),
        ("rewrites:\n  - {pattern: abc, replace: x}\n", "rewrite '#1': field 'id'"),
        ("rewrites: nope\n", "expected a mapping with a list"),
        (
            "rewrites:\n  - {id: twice, pattern: abc, replace: x}\n"
            "  - {id: twice, pattern: def, replace: y}\n",
            "rewrite 'twice': field 'id': duplicate rewrite id in this file",
        ),
    ],
)
def test_broken_rewrites_name_file_rewrite_and_field(
    tmp_path: Path, body: str, needle: str
) -> None:
    with pytest.raises(AreaRewriteError) as err:
        load_area_rewrites([_user_dir(tmp_path, body)])
    assert "area_rewrites.yaml" in str(err.value) and needle in str(err.value)


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (
            "We will not be liable for any indirect, incidental or consequential damages.",
            "incident_response",
            None,
        ),
        (
            "We do not warrant that the Service is free of viruses or other harmful components.",
            "downstream_harm",
            "security",
        ),
        (
            "We do not disclaim any warranty that we are prohibited from disclaiming under applicable law.",
            "regulatory_compliance",
            None,
        ),
        (
            "Nothing in these Terms shall exclude our liability for losses which may not be lawfully excluded or limited by applicable law.",
            "regulatory_compliance",
            None,
        ),
        (
            "We are not responsible for filtering of email notifications we send to you.",
            "incident_response",
            None,
        ),
        (
            "We are not liable for personal injuries arising from your use of User Content.",
            None,
            "downstream_harm",
        ),
        ("You must notify us of any security incident.", None, "incident_response"),
        (
            "You shall be responsible for all use of the Service under your account and API keys.",
            "downstream_harm",
            "security",
        ),
        ("You are responsible for your use of Outputs.", None, "downstream_harm"),
        (
            "Your use of the Services complies with all laws that apply to you.",
            None,
            "regulatory_compliance",
        ),
        ("You may not use the Service for any unlawful purpose.", None, "regulatory_compliance"),
        (
            "We are not liable for illegal content posted by other users.",
            "regulatory_compliance",
            None,
        ),
    ],
)
def test_rewrites_keep_words_that_look_alike_apart(
    text: str, absent: str | None, present: str | None
) -> None:
    areas = shipped_rulebook().areas_in(text)
    if absent:
        assert absent not in areas
    if present:
        assert present in areas


_AREA = "{{id: {id}, title: T, description: D, frameworks: [NIST AI RMF]}}"


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        (
            f"areas:\n  - {_AREA.format(id='twice')}\n  - {_AREA.format(id='twice')}\n",
            "area 'twice': field 'id': duplicate area id in this file",
        ),
        ("areas:\n  - {id: bare, title: T, description: D}\n", "area 'bare': field 'frameworks'"),
        (
            "areas:\n  - {id: Bad-Id, title: T, description: D, frameworks: [x]}\n",
            "area 'Bad-Id': field 'id'",
        ),
        ("areas: [1, 2]\n", "area '#1'"),
        ("areas: nope\n", "expected a mapping with a list"),
    ],
)
def test_broken_areas_file_names_file_area_and_field(
    tmp_path: Path, body: str, needle: str
) -> None:
    (tmp_path / "areas.yaml").write_text(body, encoding="utf-8")
    with pytest.raises(AreaFileError) as err:
        load_areas([tmp_path])
    assert "areas.yaml" in str(err.value) and needle in str(err.value), str(err.value)


def test_user_area_joins_the_shipped_ones(tmp_path: Path) -> None:
    (tmp_path / "areas.yaml").write_text(
        f"areas:\n  - {_AREA.format(id='child_safety')}\n", encoding="utf-8"
    )
    ids = [a.id for a in load_areas([tmp_path])]
    assert ids[-1] == "child_safety" and "fairness" in ids
