"""Wilson intervals printed beside the small held-out figures (contractscan.evaluation.interval)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contractscan.evaluation.interval import share, wilson


def test_known_values() -> None:
    # the textbook values: 0/10 gives (0, 0.2775), 10/10 its mirror, 5/10 about 0.237-0.763
    assert wilson(0, 10) == (0.0, pytest.approx(0.27753, abs=1e-5))
    assert wilson(10, 10) == (pytest.approx(0.72247, abs=1e-5), pytest.approx(1.0))
    lo, hi = wilson(5, 10)
    assert lo == pytest.approx(0.23659, abs=1e-5) and hi == pytest.approx(0.76341, abs=1e-5)


@given(st.integers(1, 2000).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))))
def test_the_interval_holds_the_rate_and_stays_in_bounds(kn: tuple[int, int]) -> None:
    k, n = kn
    lo, hi = wilson(k, n)
    assert 0.0 <= lo <= k / n <= hi <= 1.0
    # four times the trials: a narrower interval around the same rate
    lo4, hi4 = wilson(4 * k, 4 * n)
    assert hi4 - lo4 < hi - lo


def test_share_reads_as_rate_counts_and_interval() -> None:
    assert share(37, 52) == "0.712 (37/52, 95% CI 0.58-0.82)"
    assert share(0, 0) == "n/a (0/0)"
    with pytest.raises(ValueError, match="6 successes out of 5"):
        wilson(6, 5)
