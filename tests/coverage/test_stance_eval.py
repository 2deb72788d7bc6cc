"""The stance evaluation harness: the provider-column mapping and a run over a tiny labelled corpus."""

from __future__ import annotations

import pytest

from contractscan.evaluation.stance import DEV, evaluate, provider_stance
from contractscan.models import ContractSet, CoverageCell, CoverageStatus, PartyRole


def _set(provider: str, customer: str) -> ContractSet:
    return ContractSet(
        id="s",
        name="s",
        coverage=[
            CoverageCell(
                area="accuracy", party=PartyRole.provider, status=CoverageStatus(provider)
            ),
            CoverageCell(
                area="accuracy", party=PartyRole.customer, status=CoverageStatus(customer)
            ),
        ],
    )


@pytest.mark.parametrize(
    "provider,customer,expected",
    [
        ("covered", "assigned", "covered"),
        ("limited", "silent", "limited"),
        ("disclaimed", "assigned", "disclaimed"),
        ("silent", "assigned", "assigned_to_customer"),
        ("silent", "covered", "assigned_to_customer"),
        ("assigned", "silent", "assigned_to_customer"),
        ("silent", "silent", "silent"),
        ("silent", "disclaimed", "silent"),
    ],
)
def test_provider_stance(provider, customer, expected):
    assert provider_stance(_set(provider, customer), "accuracy") == expected


def test_split_is_fixed():
    """The held-out vendors never enter DEV; the later-round dev vendors are listed once."""
    assert DEV == {"Bardeen", "Bolt.new", "Copy.AI", "Replit", "Tempo Labs"} | {
        "Codeium",
        "Fireworks AI",
        "Scribe",
        "Speechify",
        "fal",
    }
    assert not DEV & {"Cursor", "Lovable", "Murf", "SOUNDRAW", "Wordtune"}


def test_evaluate_reports_agreement_and_confusion(tmp_path):
    pytest.importorskip("contractscan.classify")
    data = tmp_path / "genai-terms" / "Acme"
    data.mkdir(parents=True)
    (data / "Terms of Service.md").write_text(
        "# Acme Terms of Service\n\n"
        '## 1. Disclaimer\n\nTHE SERVICE IS PROVIDED "AS IS". WE DO NOT WARRANT THAT OUTPUTS WILL BE '
        "ACCURATE OR FREE FROM BIAS.\n\n"
        "## 2. Your Responsibilities\n\nYou are solely responsible for complying with all applicable laws.\n",
        encoding="utf-8",
    )
    labels = tmp_path / "labels"
    labels.mkdir()
    (labels / "Acme.yaml").write_text(
        "document: Acme/Terms of Service.md\nlabels:\n"
        "  accuracy: {stance: disclaimed}\n  fairness: {stance: disclaimed}\n  transparency: {stance: silent}\n",
        encoding="utf-8",
    )
    text = evaluate(tmp_path, labels)
    assert "held-out Acme" in text
    line = next(l for l in text.splitlines() if l.startswith("held-out: agreement"))
    assert "/3 = " in line and "over 1 documents" in line
    assert "label \\ predicted" in text
    # which held-out cells disagree is listed only on request (rule writers must not read it)
    assert "Acme/" not in text.split("held-out: agreement")[1]
    shown = evaluate(tmp_path, labels, show_held_out=True)
    if "disagreements: " in text:
        assert "Acme/" in shown
