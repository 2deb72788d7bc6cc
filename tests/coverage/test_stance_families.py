"""The vendor's stance per area on invented sentences, family by family (stance_families.yaml):
customer duties (law, review, notice of breaches, AI disclosure), "cannot ensure", "may be
unavailable", no expectation of privacy, notice before a model is retired, indemnities for content
the customer generates. Read through the whole pipeline, as `contractscan evaluate stance` does."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import TERMS_PREAMBLE as PREAMBLE
from conftest import family_params

from contractscan.evaluation.stance import provider_stance
from contractscan.pipeline import Analyzer, analyze_text

TABLE = Path(__file__).parent / "stance_families.yaml"
CASES = yaml.safe_load(TABLE.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("text", "area", "want"),
    family_params(
        TABLE,
        lambda c: (c["text"], c["area"], c["want"]),
        lambda c: f"{c['area']}-{c['text'][:40]}",
    ),
)
def test_vendor_stance(analyzer: Analyzer, text: str, area: str, want: str) -> None:
    report = analyze_text(PREAMBLE + text + "\n", analyzer=analyzer)
    assert provider_stance(report.contract_sets[0], area) == want


def test_the_table_spans_every_stance_and_area() -> None:
    assert {c["want"] for c in CASES} == {
        "covered",
        "limited",
        "disclaimed",
        "assigned_to_customer",
        "silent",
    }
    assert len({c["area"] for c in CASES}) == 13


_DISCLAIMER = (
    'TO THE MAXIMUM EXTENT PERMITTED BY LAW, THE SERVICES AND ALL OUTPUTS ARE PROVIDED "AS IS". '
    "WE DO NOT WARRANT THAT OUTPUTS WILL BE ACCURATE, COMPLETE OR FREE FROM BIAS, AND WE DISCLAIM "
    "ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE."
)


@pytest.mark.parametrize("width", [40, 55, 72, 0])
@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_hard_wrapped_caps_disclaimer_reads_like_one_line(
    tmp_path: Path, analyzer: Analyzer, width: int, suffix: str
) -> None:
    """Markdown keeps its line breaks: a disclaimer wrapped at any width is still one clause and
    its sentences are whole, so what it disclaims is read."""
    import textwrap

    from contractscan.pipeline import scan

    body = "\n".join(textwrap.wrap(_DISCLAIMER, width)) if width else _DISCLAIMER
    heading = "## 9. DISCLAIMERS" if suffix == ".md" else "9. DISCLAIMERS"
    (tmp_path / f"terms{suffix}").write_text(
        PREAMBLE.replace("1. General", heading) + body + "\n\n10. Other\n\nWords.\n",
        encoding="utf-8",
    )
    cs = scan([tmp_path], analyzer=analyzer).contract_sets[0]
    assert {a: provider_stance(cs, a) for a in ("accuracy", "fairness", "availability")} == {
        "accuracy": "disclaimed",
        "fairness": "disclaimed",
        "availability": "disclaimed",
    }
