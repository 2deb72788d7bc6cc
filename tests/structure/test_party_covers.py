"""A filed contract often opens with lines that are no part of it: the filing's footer ("Source:
ACME CORP, 8-K, 4/2/2021"), an exhibit label, "EXECUTION VERSION", a notice that confidential
parts were left out. The parties read from a preamble must not depend on them: every invented
preamble of party_preambles.yaml and opening of party_openings.yaml gives the same names with such
a cover put before it.

Each preamble gets one cover, in turn, so that every cover meets many kinds of preamble."""

from __future__ import annotations

import pytest
import yaml

from .test_party_openings import TABLE as OPENINGS
from .test_party_preambles import TABLE, found_names, verdict

COVERS = [
    "Source: NORTHGATE HOLDINGS INC, 8-K, 4/2/2021\n\nExhibit 10.4\n\nCONFIDENTIAL TREATMENT REQUESTED\n\n",
    "EXECUTION VERSION\n\n",
    "[***] Certain information in this document has been omitted and filed separately with the "
    "Securities and Exchange Commission. Confidential treatment has been requested with respect "
    "to the omitted portions.\n\n",
    "Exhibit 10.17\n\n",
    "EXHIBIT A\n\n",
]


def _params() -> list:
    params = []
    for table in (TABLE, OPENINGS):
        rows = yaml.safe_load(table.read_text(encoding="utf-8"))
        kept = [r for r in rows if "known_miss" not in r]
        params += [
            pytest.param(
                dict(row, text=COVERS[i % len(COVERS)] + row["text"]),
                id=f"{table.stem}: {row['id']}",
            )
            for i, row in enumerate(kept)
        ]
    return params


@pytest.mark.parametrize("case", _params())
def test_a_cover_changes_no_party(case: dict) -> None:
    missed, extra = verdict(case)
    assert (missed, extra) == (set(), set())


def test_the_filing_footer_names_no_party() -> None:
    text = COVERS[0] + (
        'Ladies and Gentlemen:\n\nOrchard Valley Bancorp, Inc. (the "Company") hereby confirms '
        'its agreement with Pellham Securities, Inc. ("Pellham") as follows:\n\n'
        "SECTION 1. The Offering. The Company will sell its shares.\n"
    )
    names = found_names(text, whole=True)
    assert "NORTHGATE HOLDINGS INC" not in names
    assert {"Orchard Valley Bancorp, Inc.", "Pellham Securities, Inc."} <= names
