"""The full pipeline on each sample contract set meets its expected.yaml exactly: coverage and gaps."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import shipped_rulebook

REPO = Path(__file__).resolve().parents[2]
SAMPLE_SETS = sorted(p.parent for p in (REPO / "sample_contracts").glob("*/expected.yaml"))


@pytest.fixture(scope="module")
def stages():
    extract = pytest.importorskip("contractscan.extract")
    structure = pytest.importorskip("contractscan.structure")
    classify = pytest.importorskip("contractscan.classify")
    from contractscan.areas import load_areas
    from contractscan.playbook import load_playbook

    return extract, structure, classify, shipped_rulebook(), load_areas(), load_playbook()


def scan_set(folder: Path, stages):
    from contractscan.contract_set import analyze_set
    from contractscan.discover import discover
    from contractscan.models import AnalyzedDocument

    extract, structure, classify, rulebook, areas, playbook = stages
    [spec] = discover([str(folder)])
    analyzed = []
    for d in spec.documents:
        opts = extract.ExtractOptions()
        if d.hints and d.hints.password:
            opts = opts.model_copy(update={"password": d.hints.password})
        document = extract.extract(d.path, opts, doc_id=d.id, display_path=d.display_path)
        assert document.error is None, document.error
        st = structure.analyze_structure(document, nlp=rulebook.nlp, hints=d.hints)
        analyzed.append(
            AnalyzedDocument(
                document=document,
                structure=st,
                provisions=classify.classify(document, st, rulebook),
            )
        )
    return analyze_set(
        spec.id, spec.name, analyzed, areas, playbook, manifest=spec.manifest, path=str(folder)
    )


@pytest.mark.skipif(not SAMPLE_SETS, reason="no sample_contracts/*/expected.yaml yet")
@pytest.mark.parametrize("folder", SAMPLE_SETS, ids=lambda p: p.name)
def test_sample_set_meets_expected(folder, stages):
    expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    cs = scan_set(folder, stages)
    got_cells = {(c.area, c.party.value): c.status.value for c in cs.coverage}
    problems = []
    for area, parties in expected["coverage"].items():
        for party in ("provider", "customer", "end_user", "data_supplier"):
            want = parties.get(party, "silent" if party in ("provider", "customer") else None)
            if want is None and (area, party) not in got_cells:
                continue
            have = got_cells.get((area, party), "silent")
            if want is not None and have != want or want is None and have != "silent":
                problems.append(f"cell {area}/{party}: expected {want or 'silent'}, got {have}")
    want_gaps = {(g["area"], g["kind"]) for g in expected["gaps"]}
    have_gaps = {(g.area, g.kind.value) for g in cs.gaps}
    problems += [f"missing gap {g}" for g in sorted(want_gaps - have_gaps)]
    problems += [f"invented gap {g}" for g in sorted(have_gaps - want_gaps)]
    assert not problems, "\n".join(problems)
