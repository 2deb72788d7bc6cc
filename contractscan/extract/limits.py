"""Per-file time limit that works in the main thread and inside pool worker processes.

`signal.alarm` only works in the main thread and cannot interrupt C code (pdfium, lxml) that
never returns to Python, so with a limit the reader runs in a forked child process: the parent
waits on a pipe with a deadline and kills the child (SIGKILL) when it passes. A crash of the
child (a segfault in a C library) becomes a per-file error instead of killing the batch. Forking
costs 3-12 ms of wall-clock time per file here, depending on the machine's load (measured by
`benchmarks/extract.py`); the readers are imported before the fork so a child starts warm.
Without fork (not Linux/macOS) or with `timeout=None` the reader runs in-process.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import time
from collections.abc import Callable
from typing import TypeVar

from ..errors import ExtractionError
from ..models import ErrorCode

T = TypeVar("T")


def call_with_deadline(fn: Callable[[], T], timeout: float | None) -> T:
    """fn() in a forked child, killed after `timeout` seconds (ExtractionError timeout).

    fn must return a picklable value and should not raise; if it does, the exception type and
    message come back as ExtractionError(internal).
    """
    if timeout is None or not hasattr(os, "fork"):
        return fn()
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: compute, send, exit without running the parent's cleanup
        status = 0
        try:
            os.close(read_fd)
            try:
                payload = pickle.dumps(("ok", fn()), protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException as exc:  # noqa: BLE001 - report, never a traceback
                payload = pickle.dumps(("error", f"{type(exc).__name__}: {exc}"[:300]))
            view = memoryview(payload)
            while view:
                n = os.write(write_fd, view)
                view = view[n:]
        except BaseException:  # noqa: BLE001
            status = 1
        finally:
            os._exit(status)
    os.close(write_fd)
    chunks: list[bytes] = []
    reaped = False
    try:
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                _kill(pid)
                reaped = True
                raise ExtractionError(
                    ErrorCode.timeout, f"extraction took longer than {timeout:g} s"
                )
            ready, _, _ = select.select([read_fd], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(read_fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
        _, status = os.waitpid(pid, 0)
        reaped = True
    finally:
        os.close(read_fd)
        if not reaped:
            _kill(pid)
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
        raise ExtractionError(
            ErrorCode.internal, f"reader process died ({name}): the file may be malformed"
        )
    if not chunks:
        raise ExtractionError(ErrorCode.internal, "reader process exited without a result")
    kind, value = pickle.loads(b"".join(chunks))
    if kind == "error":
        raise ExtractionError(ErrorCode.internal, f"unexpected reader failure ({value})")
    return value  # type: ignore[no-any-return]


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
