"""Scores of the clause evaluation: summing per document, macro-F1 and its bootstrap interval."""

from __future__ import annotations

import pytest

from contractscan.evaluation.clauses import Score, bootstrap_macro_f1, macro_f1, summed


def test_scores_add_up_per_type() -> None:
    a = {"ltd": Score(tp=2, fp=1, found=2, labelled=3), "law": Score(tp=1)}
    b = {"ltd": Score(tp=1, fn=2, found=1, labelled=1)}
    total = summed([a, b])
    assert total["ltd"] == Score(tp=3, fp=1, fn=2, found=3, labelled=4)
    assert total["law"] == Score(tp=1)
    assert macro_f1(total) == pytest.approx((total["ltd"].f1 + total["law"].f1) / 2)


def test_identical_documents_give_a_point_interval() -> None:
    doc = {"ltd": Score(tp=3, fp=1, found=3, labelled=4), "a": Score(tp=2, found=2, labelled=2)}
    lo, hi = bootstrap_macro_f1([doc] * 8, resamples=200)
    assert lo == pytest.approx(macro_f1(doc)) and hi == pytest.approx(macro_f1(doc))


def test_the_interval_spans_documents_that_disagree_and_is_the_same_every_run() -> None:
    good = {"ltd": Score(tp=5, found=5, labelled=5)}
    bad = {"ltd": Score(fp=5, labelled=5)}
    docs = [good, bad, good, bad, good, bad]
    lo, hi = bootstrap_macro_f1(docs)
    point = macro_f1(summed(docs))
    assert lo < point < hi and hi - lo > 0.2
    assert bootstrap_macro_f1(docs) == (lo, hi)
    # more documents of the same mix: a narrower interval
    lo4, hi4 = bootstrap_macro_f1(docs * 4)
    assert hi4 - lo4 < hi - lo
