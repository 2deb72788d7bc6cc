"""Playbooks load, broken ones fail naming file, entry and field, and a custom one changes severities."""

from __future__ import annotations

from pathlib import Path

import pytest
from coverage_builders import AREAS, doc, prov

from contractscan.contract_set import analyze_set
from contractscan.errors import PlaybookError
from contractscan.models import CoverageStatus, GapKind, PartyRole, Severity
from contractscan.playbook import DEFAULT_PLAYBOOK, load_playbook

BROKEN = Path(__file__).parent / "broken"
PLAYBOOKS = DEFAULT_PLAYBOOK.parent


@pytest.mark.parametrize("path", sorted(PLAYBOOKS.glob("*.yaml")), ids=lambda p: p.name)
def test_shipped_playbooks_load(path):
    pb = load_playbook(path)
    assert pb.name and pb.path == str(path)
    assert set(pb.areas) <= {a.id for a in AREAS}


def test_default_playbook_is_the_default():
    pb = load_playbook()
    assert pb.name == "default"
    # DESIGN 3.7 via areas.yaml frameworks: these uncovered areas are high
    for area in ("fairness", "accuracy", "downstream_harm", "human_oversight"):
        assert pb.severity(area, GapKind.uncovered, position_met=False) == Severity.high
    assert pb.thresholds.min_uptime == 99.5 and pb.thresholds.min_cap_months == 12


@pytest.mark.parametrize(
    "name,entry,field,words",
    [
        ("unknown_area.yaml", "fairnes", "areas", "unknown area"),
        ("unknown_kind.yaml", "severities", "severities.missing_sla", "unknown gap kind"),
        ("unknown_area_kind.yaml", "accuracy", "severities.hallucination", "unknown gap kind"),
        ("bad_status.yaml", "accuracy", "require.provider", "unknown coverage status"),
        ("bad_role.yaml", "accuracy", "require.vendor", "unknown party role"),
        ("bad_severity.yaml", "privacy", "otherwise", "high"),
        ("bad_threshold.yaml", "broken-threshold", "thresholds.min_uptime", "100"),
        ("unknown_field.yaml", "security", "severity", "xtra"),
        ("bad_sla_areas.yaml", "latency", "sla_areas", "unknown area"),
        ("no_name.yaml", "name", "name", "name"),
    ],
)
def test_broken_playbook_names_file_entry_field(name, entry, field, words):
    with pytest.raises(PlaybookError) as err:
        load_playbook(BROKEN / name)
    msg = str(err.value)
    assert name in msg and f"entry {entry!r}" in msg and f"field {field!r}" in msg, msg
    assert words in msg
    assert err.value.file.endswith(name) and err.value.field == field


def test_invalid_yaml_names_the_line():
    with pytest.raises(PlaybookError, match=r"not_yaml\.yaml: not valid YAML at line \d+"):
        load_playbook(BROKEN / "not_yaml.yaml")


def test_missing_playbook_file():
    with pytest.raises(PlaybookError, match="cannot read"):
        load_playbook(BROKEN / "absent.yaml")


def test_position_met():
    pb = load_playbook()
    prov_ = PartyRole.provider
    assert pb.position_met("fairness", {prov_: CoverageStatus.limited})
    assert not pb.position_met(
        "fairness", {prov_: CoverageStatus.disclaimed, PartyRole.customer: CoverageStatus.covered}
    )
    assert pb.position_met(
        "human_oversight",
        {prov_: CoverageStatus.silent, PartyRole.customer: CoverageStatus.covered},
    )
    assert not pb.position_met("human_oversight", {prov_: CoverageStatus.silent})


def test_custom_playbook_changes_severities(tmp_path):
    documents = [
        doc(
            "T",
            "terms_of_service",
            [
                prov("T", "9", "disclaimer", "disclaims", areas=["fairness"]),
                prov("T", "8", "unilateral_change", "permits", changes=["model"], notice_days=60),
            ],
        )
    ]

    def severities(pb):
        cs = analyze_set("s", "s", documents, AREAS, pb)
        return {(g.area, g.kind.value): g.severity.value for g in cs.gaps}

    default = severities(load_playbook())
    assert default[("fairness", "uncovered")] == "high"
    assert ("model_change", "unnoticed_change") not in default  # 60 days >= 30
    custom = tmp_path / "mine.yaml"
    custom.write_text(
        "name: mine\n"
        "severities: {uncovered: low, unnoticed_change: critical}\n"
        "thresholds: {min_notice_days: 90}\n"
        "areas:\n  fairness: {require: {any: [covered]}, otherwise: critical}\n",
        encoding="utf-8",
    )
    mine = severities(load_playbook(custom))
    assert mine[("fairness", "uncovered")] == "critical"
    assert mine[("privacy", "uncovered")] == "low"
    assert mine[("model_change", "unnoticed_change")] == "critical"  # 60 days < 90
    strict = severities(load_playbook(PLAYBOOKS / "strict-procurement.yaml"))
    assert strict[("fairness", "uncovered")] == "critical"
