"""How far a measured share can be trusted: Wilson score intervals for k successes out of n.

The held-out sets are small (52 stance cells, 95 party names, 33 governing-law answers), so a
figure such as 37/52 = 0.712 is printed with the range the true rate plausibly lies in. The
Wilson interval stays inside [0, 1] and behaves at 0/n and n/n, where the textbook normal
interval collapses to a point. The cells of one document are not independent draws (one
misread clause can move several), so for stance the interval is, if anything, too narrow.
"""

from __future__ import annotations

from math import sqrt

#: the normal quantile of a two-sided 95% interval
Z95 = 1.959963984540054


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of the rate behind `k` successes out of `n` trials."""
    if n <= 0:
        return 0.0, 1.0
    if not 0 <= k <= n:
        raise ValueError(f"{k} successes out of {n} trials")
    p = k / n
    z2 = z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z * sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    # at 0/n and n/n the bound is exactly 0 or 1 (rounding would leave a hair off it)
    return (0.0 if k == 0 else centre - half), (1.0 if k == n else centre + half)


def share(k: int, n: int) -> str:
    """'0.712 (37/52, 95% CI 0.58-0.82)': a rate, its counts and its interval."""
    if n <= 0:
        return f"n/a ({k}/{n})"
    lo, hi = wilson(k, n)
    return f"{k / n:.3f} ({k}/{n}, 95% CI {lo:.2f}-{hi:.2f})"
