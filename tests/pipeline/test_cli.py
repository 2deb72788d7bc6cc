"""The CLI run as a real subprocess, on the bundled samples and on broken inputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from conftest import REPO, SAMPLES


def run(*args: str, cwd: Path = REPO, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "contractscan", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(scope="module")
def sample_json() -> dict:
    proc = run("scan", "sample_contracts", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    return json.loads(proc.stdout)


def test_json_report_has_every_stable_field(sample_json: dict) -> None:
    r = sample_json
    assert r["schema_version"] == "1"
    assert r["tool"]["name"] == "contractscan" and r["tool"]["version"]
    assert {"documents", "contract_sets", "summary"} <= r.keys()
    doc_fields = {
        "id",
        "path",
        "sha256",
        "kind",
        "pages",
        "error",
        "warnings",
        "parties",
        "clauses",
    }
    clause_fields = {
        "id",
        "number",
        "heading",
        "start",
        "end",
        "page_start",
        "page_end",
        "text",
        "types",
        "provisions",
    }
    prov_fields = {
        "type",
        "obligor",
        "beneficiary",
        "stance",
        "areas",
        "attributes",
        "rule",
        "start",
        "end",
        "quote",
    }
    n_provisions = 0
    for d in r["documents"]:
        assert doc_fields <= d.keys()
        assert d["path"].startswith("sample_contracts/")
        assert d["error"] is None
        assert {p["role"] for p in d["parties"]} >= {"provider"} or d["kind"] == "end_user_terms"
        for c in d["clauses"]:
            assert clause_fields <= c.keys()
            for p in c["provisions"]:
                assert prov_fields <= p.keys()
                assert c["start"] <= p["start"] < p["end"] <= c["end"]
                n_provisions += 1
    assert n_provisions > 20
    set_fields = {"id", "name", "documents", "parties", "coverage", "gaps"}
    assert len(r["contract_sets"]) >= 2
    for cs in r["contract_sets"]:
        assert set_fields <= cs.keys()
        for cell in cs["coverage"]:
            assert {"area", "party", "status", "provisions"} <= cell.keys()
        for gap in cs["gaps"]:
            assert {"area", "kind", "severity", "explanation", "evidence"} <= gap.keys()
        assert cs["gaps"], f"sample set {cs['name']} should have gaps"


def test_json_report_validates_against_the_published_schema(sample_json: dict) -> None:
    proc = run("schema")
    assert proc.returncode == 0
    jsonschema.validate(sample_json, json.loads(proc.stdout))


def test_pdf_clauses_carry_pages_and_offsets_into_extracted_text(sample_json: dict) -> None:
    pdfs = [d for d in sample_json["documents"] if d["path"].endswith(".pdf")]
    assert pdfs
    for d in pdfs:
        assert len(d["pages"]) > 1
        last_pages = {c["page_end"] for c in d["clauses"]}
        assert max(last_pages) == len(d["pages"])
        assert "=== page 2 ===" in run("extract", d["path"]).stdout
        plain = run("extract", "--no-markers", d["path"]).stdout
        for c in d["clauses"]:
            assert plain[c["start"] : c["end"]].strip() == c["text"].strip()
            for p in c[
                "provisions"
            ]:  # the quote is the provision's sentence, maybe trimmed with "…"
                quote = " ".join(p["quote"].strip("…").split())
                assert quote in " ".join(plain[p["start"] : p["end"]].split())


def test_table_output_shows_matrix_and_gaps_of_both_sets() -> None:
    proc = run("scan", "sample_contracts/")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for word in ("Coverage", "Gaps", "fairness", "accuracy", "provider", "customer", "uncovered"):
        assert word in out
    assert out.count("Contract set:") >= 2
    assert "\x1b[" not in out  # no colour codes when stdout is not a terminal


def test_markdown_and_csv_outputs(tmp_path: Path) -> None:
    md = tmp_path / "r.md"
    proc = run("scan", str(SAMPLES), "--format", "markdown", "--output", str(md))
    assert proc.returncode == 0 and proc.stdout == ""
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# contractscan report") and "### Gaps" in text and "| area |" in text
    proc = run("scan", str(SAMPLES), "--format", "csv")
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("set,folder,area,provider,customer")
    assert len(lines) == 1 + 13 * len(list(p for p in SAMPLES.iterdir() if p.is_dir()))


def test_fail_on_turns_gaps_into_exit_status_1() -> None:
    assert run("scan", "sample_contracts", "--format", "json", "--fail-on", "low").returncode == 1
    assert run(
        "scan", "sample_contracts", "--format", "json", "--fail-on", "critical"
    ).returncode in (0, 1)


def test_bad_inputs_are_reported_per_file_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "set" / "terms.txt"
    good.parent.mkdir()
    good.write_text(
        'TERMS OF SERVICE\n\n1. Disclaimer\nTHE SERVICE IS PROVIDED "AS IS". WE DO NOT WARRANT THAT '
        "OUTPUTS WILL BE ACCURATE.\n\n2. Governing Law\nThese Terms are governed by the laws of the "
        "State of New York.\n",
        encoding="utf-8",
    )
    (tmp_path / "set" / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<\n garbage")
    (tmp_path / "set" / "image.txt").write_bytes(bytes(range(256)) * 8)
    missing = tmp_path / "set" / "missing.docx"
    proc = run("scan", str(tmp_path / "set"), str(missing), "--format", "json")
    assert proc.returncode == 3
    assert "Traceback" not in proc.stderr
    report = json.loads(proc.stdout)
    errors = {Path(d["path"]).name: d["error"] for d in report["documents"]}
    assert errors["terms.txt"] is None
    assert errors["missing.docx"]["code"] == "not_found"
    assert errors["broken.pdf"]["code"] in {"corrupt", "empty"}
    assert errors["image.txt"]["code"] == "unsupported_format"
    err_lines = [line for line in proc.stderr.splitlines() if line.startswith("contractscan:")]
    assert len(err_lines) == 3 and all(str(tmp_path) in line for line in err_lines)
    [cs] = [s for s in report["contract_sets"] if s["name"] == "set"]
    assert any(g["area"] == "accuracy" for g in cs["gaps"])


def test_usage_errors_exit_2_with_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "pb.yaml"
    bad.write_text(
        "name: x\nareas:\n  fairness: {required: [provider: covered]\n", encoding="utf-8"
    )
    proc = run("scan", "sample_contracts", "--playbook", str(bad))
    assert proc.returncode == 2
    assert "pb.yaml" in proc.stderr and "Traceback" not in proc.stderr
    proc = run("scan", "sample_contracts", "--format", "pdf")
    assert proc.returncode == 2
    proc = run("scan", "sample_contracts", "--rules", str(tmp_path / "nope"))
    assert proc.returncode == 2 and "nope" in proc.stderr


def test_workers_give_the_same_report_as_one_process() -> None:
    one = json.loads(run("scan", "sample_contracts", "--format", "json").stdout)
    two = json.loads(run("scan", "sample_contracts", "--format", "json", "--workers", "2").stdout)
    assert one == two


def test_python_api_matches_the_cli(sample_json: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    import contractscan

    monkeypatch.chdir(REPO)
    report = contractscan.scan(["sample_contracts"])
    assert json.loads(report.model_dump_json()) == sample_json


def test_custom_playbook_changes_severities_and_exit_status(tmp_path: Path) -> None:
    import yaml

    default = yaml.safe_load((REPO / "rules/playbooks/default.yaml").read_text(encoding="utf-8"))
    lenient = dict(default, name="lenient")
    lenient["severities"] = {kind: "low" for kind in default["severities"]}
    lenient["default_severity"] = "low"
    lenient["areas"] = {a: dict(v or {}, otherwise="low") for a, v in default["areas"].items()}
    lenient["thresholds"] = dict(default["thresholds"], below_minimum_cap="low")
    path = tmp_path / "lenient.yaml"
    path.write_text(yaml.safe_dump(lenient), encoding="utf-8")

    strict = run(
        "scan", "sample_contracts/ai-api-vendor", "--format", "json", "--fail-on", "medium"
    )
    assert strict.returncode == 1
    loose = run(
        "scan",
        "sample_contracts/ai-api-vendor",
        "--format",
        "json",
        "--fail-on",
        "medium",
        "--playbook",
        str(path),
    )
    assert loose.returncode == 0, loose.stderr
    report = json.loads(loose.stdout)
    assert report["settings"]["playbook"] == "lenient"
    gaps = report["contract_sets"][0]["gaps"]
    assert gaps and {g["severity"] for g in gaps} == {"low"}
    # the same gaps are found: a playbook scores them, it does not hide them
    assert {(g["area"], g["kind"]) for g in gaps} == {
        (g["area"], g["kind"]) for g in json.loads(strict.stdout)["contract_sets"][0]["gaps"]
    }


def test_sets_file_scans_each_file_of_a_folder_as_its_own_set(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    for name in ("ai-api-vendor/sla.md", "hiring-screening/labelling_sow.txt"):
        (batch / Path(name).name).write_bytes((SAMPLES / name).read_bytes())
    together = json.loads(run("scan", str(batch), "--format", "json").stdout)
    apart_proc = run("scan", str(batch), "--format", "json", "--sets", "file")
    assert apart_proc.returncode == 0, apart_proc.stderr
    apart = json.loads(apart_proc.stdout)
    assert [len(s["documents"]) for s in together["contract_sets"]] == [2]
    assert sorted((s["name"], len(s["documents"])) for s in apart["contract_sets"]) == [
        ("labelling_sow.txt", 1),
        ("sla.md", 1),
    ]
    # each file is judged alone: its own coverage matrix and gaps
    assert all(s["coverage"] and s["gaps"] for s in apart["contract_sets"])
    bad = run("scan", str(batch), "--sets", "vendor")
    assert bad.returncode == 2 and "--sets" in bad.stderr
