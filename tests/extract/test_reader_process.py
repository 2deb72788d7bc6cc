"""The long-lived reader child behind the per-file time limit (extract/limits.py: ReaderProcess).

The functions it runs are module-level so they pickle by name, as the real reader does.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import time
from pathlib import Path

import pytest
from extract_builders import layout_pdf_bytes

from contractscan.errors import ExtractionError
from contractscan.extract import ExtractOptions, ReaderProcess, extract
from contractscan.extract.limits import _exited
from contractscan.models import ErrorCode

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the reader child needs fork")


def _pid() -> int:
    return os.getpid()


def _sleep_then_pid(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def _segfault() -> None:
    ctypes.string_at(0)  # reads address 0: SIGSEGV, as a broken C reader would


def _raise() -> None:
    raise ValueError("no parser expected this")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture
def reader() -> ReaderProcess:
    with ReaderProcess() as r:
        yield r  # type: ignore[misc]


def test_one_child_serves_call_after_call(reader: ReaderProcess) -> None:
    pids = {reader.call(_pid, (), 10.0) for _ in range(5)}
    assert len(pids) == 1 and os.getpid() not in pids


def test_no_limit_runs_in_this_process(reader: ReaderProcess) -> None:
    assert reader.call(_pid, (), None) == os.getpid()


def test_a_call_past_its_deadline_is_killed_and_the_next_gets_a_new_child(
    reader: ReaderProcess,
) -> None:
    first = reader.call(_pid, (), 10.0)
    with pytest.raises(ExtractionError) as info:
        reader.call(_sleep_then_pid, (30.0,), 0.3)
    assert info.value.code == ErrorCode.timeout and "0.3 s" in info.value.message
    assert not _alive(first)
    second = reader.call(_sleep_then_pid, (0.0,), 10.0)
    assert second != first and _alive(second)


def test_a_crashing_child_is_one_error_and_is_replaced(reader: ReaderProcess) -> None:
    first = reader.call(_pid, (), 10.0)
    with pytest.raises(ExtractionError) as info:
        reader.call(_segfault, (), 10.0)
    assert info.value.code == ErrorCode.internal and "SIGSEGV" in info.value.message
    assert "\n" not in info.value.message
    assert reader.call(_pid, (), 10.0) not in (first, os.getpid())


def test_an_exception_is_an_internal_error_and_the_child_stays(reader: ReaderProcess) -> None:
    first = reader.call(_pid, (), 10.0)
    with pytest.raises(ExtractionError) as info:
        reader.call(_raise, (), 10.0)
    assert info.value.code == ErrorCode.internal
    assert "ValueError: no parser expected this" in info.value.message
    assert reader.call(_pid, (), 10.0) == first


def test_a_child_killed_between_calls_is_replaced(reader: ReaderProcess) -> None:
    first = reader.call(_pid, (), 10.0)
    os.kill(first, 9)
    deadline = time.monotonic() + 30  # a loaded machine may take a while to end the child
    while not _exited(first) and time.monotonic() < deadline:
        time.sleep(0.01)
    second = reader.call(_pid, (), 10.0)
    assert second != first


def test_a_child_killed_just_before_a_call_is_replaced(reader: ReaderProcess) -> None:
    """No wait at all: the call may find the child dying; it forks a new one either way."""
    first = reader.call(_pid, (), 10.0)
    os.kill(first, 9)
    try:
        second = reader.call(_pid, (), 10.0)
    except ExtractionError as exc:  # the kill landed after the request was sent: reported, not hung
        assert exc.code == ErrorCode.internal
        second = reader.call(_pid, (), 10.0)
    assert second != first


def test_close_stops_the_child() -> None:
    reader = ReaderProcess()
    pid = reader.call(_pid, (), 10.0)
    reader.close()
    assert not _alive(pid)
    assert reader.call(_pid, (), 10.0) != pid  # usable again: starts a new child
    reader.close()


def _child_pid_in_forked_process(reader: ReaderProcess, queue: multiprocessing.Queue) -> None:
    queue.put(reader.call(_pid, (), 10.0))


def test_a_forked_process_starts_its_own_child(reader: ReaderProcess) -> None:
    mine = reader.call(_pid, (), 10.0)
    ctx = multiprocessing.get_context("fork")
    queue: multiprocessing.Queue = ctx.Queue()
    proc = ctx.Process(target=_child_pid_in_forked_process, args=(reader, queue))
    proc.start()
    theirs = queue.get(timeout=60)
    proc.join(60)
    assert proc.exitcode == 0
    assert theirs not in (mine, proc.pid, os.getpid())
    assert reader.call(_pid, (), 10.0) == mine  # ours untouched by the other process


def test_extract_through_a_reader_equals_a_fresh_fork(
    tmp_path: Path, reader: ReaderProcess
) -> None:
    pdf = tmp_path / "agreement.pdf"
    pdf.write_bytes(layout_pdf_bytes())
    txt = tmp_path / "terms.txt"
    txt.write_text("1. Terms\nThe Customer shall pay the fees.\n", encoding="utf-8")
    for path in (pdf, txt, tmp_path / "missing.pdf"):
        assert extract(path, reader=reader) == extract(path)


def test_extract_timeout_through_a_reader_then_the_next_file_reads(
    tmp_path: Path, reader: ReaderProcess
) -> None:
    from extract_builders import big_pdf_bytes

    big = tmp_path / "big.pdf"
    big.write_bytes(big_pdf_bytes(60))
    fine = tmp_path / "agreement.pdf"
    fine.write_bytes(layout_pdf_bytes())
    opts = ExtractOptions(engine="pdfplumber", timeout=0.3)
    slow = extract(big, opts, reader=reader)
    assert slow.error is not None and slow.error.code == ErrorCode.timeout
    assert slow.text == "" and slow.pages == []
    ok = extract(fine, ExtractOptions(engine="pdfplumber", timeout=60), reader=reader)
    assert ok.error is None and len(ok.pages) == 3
