"""Reading a file under the size limit asks for what the file holds, not for the whole limit."""

from __future__ import annotations

import io

import pytest

from contractscan.extract import _read_at_most


@pytest.mark.parametrize("size", [0, 1, 1000, (1 << 20) + 7])
def test_reads_the_whole_file_when_stat_was_right(size):
    data = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    assert _read_at_most(io.BytesIO(data), 10 << 20, len(data)) == data


def test_a_file_that_grew_since_stat_is_read_up_to_the_limit():
    data = b"a" * (3 << 20)
    out = _read_at_most(io.BytesIO(data), (2 << 20) + 1, 100)
    assert len(out) == (2 << 20) + 1  # one byte over the limit: the caller reports too_large
    assert _read_at_most(io.BytesIO(data), 5 << 20, 100) == data


def test_a_file_that_shrank_is_read_as_it_is():
    assert _read_at_most(io.BytesIO(b"short"), 1000, 400) == b"short"
