"""The structure evaluation: its split, its label files, and that it runs on the corpora."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from contractscan.evaluation.structure import (
    LABELS_DIR,
    _gold_names,
    _same_party,
    evaluate_segmentation,
    held_out,
    read_document,
)
from contractscan.models import DocumentKind
from contractscan.parties import names_match

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


@pytest.mark.parametrize(
    "pred,gold,ok",
    [
        ("Acme AI, Inc.", "ACME AI INC", True),  # case, punctuation, legal form
        ("Acme AI", "Acme AI, Inc.", True),
        ("Kestrel", "Kestrel Robotics S.à r.l.", True),  # a short form: the leading words
        ("“Quill”", "Quill Ltd", True),  # curly quotes
        ("The Regents of Calisota", "Regents of Calisota", True),
        ("Fjordlys Analyse A/S", "FJORDLYS ANALYSE", True),
        ("Robotics Ltd", "Kestrel Robotics Ltd", False),  # a fragment from the end
        ("Merger Corp", "Heron Merger Corp.", False),
        ("Company", "Company Act of Calisota", False),  # a generic word must be equal
        ("Licensor", "Trademark Licensor", False),
        ("Bank", "Granite Bank", False),
        ("Heron Partners II, LLC", "Heron Partners II GP, L.P.", False),  # two entities
        ("Granite Bank, including the warranty", "Granite Bank", False),
        ("Affiliates and Heron, Inc.", "Heron, Inc.", False),
        ("Inc.", "Acme, Inc.", False),
        ("Acme", "Acmeco Ltd", False),
    ],
)
def test_names_match_criterion(pred: str, gold: str, ok: bool) -> None:
    assert names_match(pred, gold) is ok
    assert names_match(gold, pred) is ok  # the criterion is symmetric


@pytest.mark.parametrize(
    "cell,names",
    [
        ("['Acme, Inc.', 'the \"Licensee']", ["Acme, Inc.", "Licensee"]),
        ("['Brio\" or \"Franchisor']", ["Brio", "Franchisor"]),
        ("['Kite\" and together with Tern, the \"Kite Parties']", ["Kite", "Kite Parties"]),
        ("['an individual', 'd/b/a Pike Foods', 'PARTIES,\" respectively).']", ["Pike Foods"]),
        ("['your\" refers to the Franchisee.', 'the Reseller named above']", []),
    ],
)
def test_gold_names_are_cut_at_quotes_and_phrases_dropped(cell: str, names: list[str]) -> None:
    assert _gold_names(cell) == names


def test_an_alias_the_contract_defines_is_the_same_party() -> None:
    text = (
        'This Agreement is made between A.B. Widget, Inc., a New York corporation ("ABW"), and '
        'Tern Ltd ("Tern"), and amends the agreement dated 1 May by and among Kite LLC ("Kite").'
    )
    assert _same_party("A.B. Widget, Inc.", "ABW", text)
    assert _same_party("ABW", "A.B. Widget, Inc.", text)
    assert not _same_party("A.B. Widget, Inc.", "Tern", text)  # another party's alias
    assert not _same_party("Tern", "Kite", text)  # across a closed parenthesis and 'among'


def test_a_missed_name_is_placed_without_being_listed() -> None:
    from contractscan.evaluation.structure import MISS_PLACES, OPENING, miss_place

    opening = 'This Agreement is made between Harrow  Mills, Inc. ("Harrow") and Fenwick LLC.'
    text = opening + " " * OPENING + "Guaranteed by Otterby Holdings Ltd."
    assert miss_place("Harrow Mills, Inc.", text) == MISS_PLACES[1]  # spacing and case aside
    assert miss_place("otterby holdings ltd", text) == MISS_PLACES[2]
    assert miss_place("Quillon Partners", text) == MISS_PLACES[0]
