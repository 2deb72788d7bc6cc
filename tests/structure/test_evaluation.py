"""The structure evaluation: its split, its label files, and that it runs on the corpora."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from contractscan.evaluation.structure import (
    LABELS_DIR,
    evaluate_segmentation,
    held_out,
    read_document,
)
from contractscan.models import DocumentKind

LABEL_FILES = sorted(LABELS_DIR.glob("*.yaml"))


def test_split_is_fixed_and_about_one_in_five() -> None:
    names = [f"contract_{i}.txt" for i in range(1000)]
    first = [held_out(n) for n in names]
    assert first == [held_out(n) for n in names]
    assert 150 < sum(first) < 250


@pytest.mark.parametrize("label_file", LABEL_FILES, ids=[p.stem for p in LABEL_FILES])
def test_label_file_is_well_formed(label_file: Path) -> None:
    label = yaml.safe_load(label_file.read_text(encoding="utf-8"))
    assert label["split"] in ("dev", "held-out")
    DocumentKind(label["kind"])
    offsets = [s["offset"] for s in label["sections"]]
    assert offsets == sorted(offsets) and len(set(offsets)) == len(offsets)
    assert all(s.get("number") or s.get("heading") for s in label["sections"])


@pytest.mark.parametrize("label_file", LABEL_FILES, ids=[p.stem for p in LABEL_FILES])
def test_labels_point_at_their_headings(shared_data: Path, label_file: Path) -> None:
    label = yaml.safe_load(label_file.read_text(encoding="utf-8"))
    text = read_document(shared_data / label["file"]).text
    for sec in label["sections"]:
        # the number starts the line; a heading may follow on the next lines ("1." / "Definitions")
        head = text[sec["offset"] : sec["offset"] + 200]
        assert head[:1].strip(), sec  # an offset is the first character of its line's text
        words = re.sub(r"[^a-z0-9]+", " ", head.lower()).split()
        for key in (sec.get("number"), sec.get("heading")):
            if key:
                first = re.sub(r"[^a-z0-9]+", " ", str(key).lower()).split()[0]
                assert first in " ".join(words[:12]), (sec, head[:80])


def test_segmentation_evaluation_runs(shared_data: Path) -> None:
    result = evaluate_segmentation(shared_data, LABELS_DIR)
    assert result["dev"].docs >= 6 and result["held-out"].docs >= 4
    assert result["dev"].labelled >= result["dev"].found > 0
