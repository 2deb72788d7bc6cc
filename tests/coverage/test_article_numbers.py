"""Articles numbered in Roman numerals ("obligations under Article IX") and abbreviated ("Art. 13.1")
as a cap's carve-out names them: the commitments of that article stay out of the cap. Read through
the whole pipeline from the contract's text."""

from __future__ import annotations

import pytest

from contractscan.evaluation.stance import provider_stance
from contractscan.pipeline import Analyzer, analyze_text

ROMAN = """MODEL LICENSE AGREEMENT

This Model License Agreement is made between Pochard Analytics, Inc. ("Pochard") and First Valley
Credit Union ("Customer").

ARTICLE IX
INDEMNIFICATION

9.01 Indemnification by Pochard. Pochard shall defend Customer against any third-party claim
alleging that the Model infringes a patent or copyright, and shall pay the damages finally awarded.

ARTICLE X
LIMITATION OF LIABILITY

10.01 Cap. EACH PARTY'S TOTAL AGGREGATE LIABILITY ARISING OUT OF THIS AGREEMENT SHALL NOT EXCEED
THE FEES PAID IN THE TWELVE MONTHS BEFORE THE CLAIM.

10.02 Exceptions. Section 10.01 does not apply to {carve_out}.
"""

ABBREVIATED = """SOFTWARE LICENCE AGREEMENT

This agreement is made between Garganey Vision S.r.l. ("Garganey") and Alpine Foods S.p.A.
("Customer").

Art. 13 - Indemnity

13.1 Garganey shall defend the Customer against any claim by a third party that the Software
infringes a patent or copyright, and shall pay the damages awarded.

Art. 14 - Liability

14.1 The total aggregate liability of Garganey under this Agreement shall not exceed the fees paid
by the Customer in the twelve months before the claim.

14.2 Art. 14.1 does not apply to {carve_out}.
"""


@pytest.mark.parametrize(
    ("text", "carve_out", "want"),
    [
        (ROMAN, "either party's obligations under Article IX", "covered"),
        (ROMAN, "either party's breach of Article VI", "limited"),
        (ABBREVIATED, "Garganey's obligations under Art. 13.1", "covered"),
        (ABBREVIATED, "Garganey's obligations under Art. 12", "limited"),
    ],
)
def test_a_carve_out_naming_the_article_keeps_its_indemnity_out_of_the_cap(
    analyzer: Analyzer, text: str, carve_out: str, want: str
) -> None:
    report = analyze_text(text.format(carve_out=carve_out), analyzer=analyzer)
    assert provider_stance(report.contract_sets[0], "ip_infringement") == want
