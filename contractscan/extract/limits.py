"""Per-file time limit that works in the main thread and inside pool worker processes.

`signal.alarm` only works in the main thread and cannot interrupt C code (pdfium, lxml) that
never returns to Python, so with a limit the reader runs in a forked child process: the parent
waits on a pipe with a deadline and kills the child (SIGKILL) when it passes. A crash of the
child (a segfault in a C library) becomes a per-file error instead of killing the batch.

Two ways to get that child:

- `call_with_deadline` forks a fresh child per call. Forking a process that holds the spaCy
  pipeline and the rulebook costs 3-12 ms of wall-clock time here, more than reading a short
  born-digital document, so it is only the default for a lone `extract()` call.
- `ReaderProcess` keeps one forked child alive and sends it one call after another over a pipe
  (the file's bytes in, the pickled result out: well under a millisecond for a contract). When a
  call passes its deadline or the child dies, the child is killed and the next call forks a new
  one, so the guarantees are the same as a fork per call. Batches (`pipeline.Analyzer`) hold one
  per process. The child is a snapshot of the parent at the time of the fork: code patched in the
  parent later is not seen by it (tests that patch a reader use a lone `extract()` call).

Without fork (not Linux/macOS) or with `timeout=None` the reader runs in-process.
"""

from __future__ import annotations

import faulthandler
import os
import pickle
import select
import signal
import struct
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any, Self, TypeVar

from ..errors import ExtractionError
from ..models import ErrorCode

T = TypeVar("T")

_HEADER = struct.Struct("!Q")  # length of the pickled message that follows


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
            faulthandler.disable()  # a crash is reported as the file's error, not a stack dump
            os.close(read_fd)
            payload = _run(fn, ())
            _write_all(write_fd, _HEADER.pack(len(payload)) + payload)
        except BaseException:  # noqa: BLE001
            status = 1
        finally:
            os._exit(status)
    os.close(write_fd)
    message: bytes | None = None
    try:
        message = _receive(read_fd, time.monotonic() + timeout, timeout)
    finally:
        os.close(read_fd)
        status = _kill(pid)  # reaps it; it has exited already unless the deadline passed
    if message is None:
        raise _died(status)
    return _unpack(message)


class ReaderProcess:
    """One long-lived forked child that runs calls one at a time, each under its own deadline.

    Start is lazy (the first `call` forks). A process forked from the owner (a pool worker)
    forgets the owner's child and forks its own on first use. Calls from a second thread while
    one is running fall back to `call_with_deadline`.
    """

    def __init__(self) -> None:
        self._owner = os.getpid()
        self._pid: int | None = None
        self._requests = -1  # parent -> child
        self._results = -1  # child -> parent
        self._lock = threading.Lock()
        _instances.add(self)

    def call(self, fn: Callable[..., T], args: tuple[Any, ...], timeout: float | None) -> T:
        """fn(*args) in the child, as `call_with_deadline` does; fn must be picklable by name."""
        if timeout is None or not hasattr(os, "fork"):
            return fn(*args)
        if os.getpid() != self._owner or not self._lock.acquire(blocking=False):
            return call_with_deadline(lambda: fn(*args), timeout)
        try:
            return _unpack(self._exchange(fn, args, timeout))
        finally:
            self._lock.release()

    def close(self) -> None:
        """Stop the child (if this process started it)."""
        if os.getpid() != self._owner:
            return
        pid = self._pid
        self._forget()
        if pid is not None:
            _kill(pid)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        # at interpreter shutdown module globals (contextlib, os) may already be None: no name
        # but the builtins is looked up here
        try:
            self.close()
        except Exception:  # noqa: BLE001, S110
            pass

    # ------------------------------------------------------------------ internals

    def _exchange(self, fn: Callable[..., Any], args: tuple[Any, ...], timeout: float) -> bytes:
        request = pickle.dumps((fn, args), protocol=pickle.HIGHEST_PROTOCOL)
        deadline = time.monotonic() + timeout
        for attempt in (1, 2):
            if self._pid is not None and _exited(self._pid):
                self.close()  # killed since the last call (OOM killer, a user): start afresh
            if self._pid is None:
                self._start()
            assert self._pid is not None
            try:
                _send(self._requests, _HEADER.pack(len(request)) + request, deadline, timeout)
                break
            except BrokenPipeError:  # the child died since the last call: fork a new one
                self.close()
                if attempt == 2:
                    raise ExtractionError(
                        ErrorCode.internal, "reader process died before reading the file"
                    ) from None
            except ExtractionError:
                self.close()
                raise
        try:
            message = _receive(self._results, deadline, timeout)
        except BaseException:
            self.close()  # timed out or interrupted: never reuse a child in an odd state
            raise
        if message is None:
            pid = self._pid
            self._forget()
            raise _died(_kill(pid) if pid is not None else 0)
        return message

    def _start(self) -> None:
        req_r, req_w = os.pipe()
        res_r, res_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(req_w)
            os.close(res_r)
            _serve(req_r, res_w)  # never returns
        os.close(req_r)
        os.close(res_w)
        os.set_blocking(req_w, False)
        self._pid, self._requests, self._results = pid, req_w, res_r

    def _forget(self) -> None:
        for fd in (self._requests, self._results):
            if fd >= 0:
                try:
                    os.close(fd)
                except OSError:
                    pass
        self._pid, self._requests, self._results = None, -1, -1

    def _after_fork_in_child(self) -> None:
        """In a forked process: drop the parent's child and pipes without touching them."""
        self._forget()
        self._owner = os.getpid()
        self._lock = threading.Lock()


_instances: weakref.WeakSet[ReaderProcess] = weakref.WeakSet()


def _forget_inherited() -> None:
    for reader in list(_instances):
        reader._after_fork_in_child()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_inherited)


def _serve(requests: int, results: int) -> None:
    """The child's loop: read a call, run it, send the result; exit when the parent is gone."""
    status = 0
    try:
        faulthandler.disable()  # a crash is reported as the file's error, not a stack dump
        while True:
            header = _read_exact(requests, _HEADER.size)
            if header is None:
                break
            body = _read_exact(requests, _HEADER.unpack(header)[0])
            if body is None:
                break
            try:
                fn, args = pickle.loads(body)
            except BaseException as exc:  # noqa: BLE001
                payload = _error_payload(exc)
            else:
                payload = _run(fn, args)
            _write_all(results, _HEADER.pack(len(payload)) + payload)
    except BaseException:  # noqa: BLE001 - a broken pipe or Ctrl-C: just go
        status = 1
    finally:
        os._exit(status)


def _run(fn: Callable[..., Any], args: tuple[Any, ...]) -> bytes:
    try:
        return pickle.dumps(("ok", fn(*args)), protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException as exc:  # noqa: BLE001 - report, never a traceback
        return _error_payload(exc)


def _error_payload(exc: BaseException) -> bytes:
    return pickle.dumps(("error", f"{type(exc).__name__}: {exc}"[:300]))


def _unpack(message: bytes) -> Any:
    kind, value = pickle.loads(message)
    if kind == "error":
        raise ExtractionError(ErrorCode.internal, f"unexpected reader failure ({value})")
    return value


def _timeout(timeout: float) -> ExtractionError:
    return ExtractionError(ErrorCode.timeout, f"extraction took longer than {timeout:g} s")


def _send(fd: int, data: bytes, deadline: float, timeout: float) -> None:
    view = memoryview(data)
    while view:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _timeout(timeout)
        _, ready, _ = select.select([], [fd], [], remaining)
        if not ready:
            continue
        try:
            n = os.write(fd, view)
        except BlockingIOError:
            continue
        view = view[n:]


def _receive(fd: int, deadline: float, timeout: float) -> bytes | None:
    """One framed message from the child, or None when the child is gone first (EOF).

    Raises timeout when the deadline passes; the caller kills the child.
    """
    buf = bytearray()
    want: int | None = None
    while True:
        if want is None and len(buf) >= _HEADER.size:
            want = _HEADER.size + _HEADER.unpack_from(buf)[0]
        if want is not None and len(buf) >= want:
            return bytes(buf[_HEADER.size : want])
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _timeout(timeout)
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            continue
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return None
        buf += chunk


def _died(status: int) -> ExtractionError:
    """The error for a child that exited or was killed before answering (status from waitpid)."""
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
        return ExtractionError(
            ErrorCode.internal, f"reader process died ({name}): the file may be malformed"
        )
    return ExtractionError(ErrorCode.internal, "reader process exited without a result")


def _read_exact(fd: int, n: int) -> bytes | None:
    buf = bytearray()
    while len(buf) < n:
        chunk = os.read(fd, min(n - len(buf), 1 << 20))
        if not chunk:
            return None
        buf += chunk
    return bytes(buf)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _exited(pid: int) -> bool:
    """Whether a child of this process has ended (it stays a zombie until reaped by `_kill`)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[-1].split()[0] in (b"Z", b"X")
    except FileNotFoundError:
        return True
    except OSError:  # no /proc: ask the kernel without reaping
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        return False


def _kill(pid: int) -> int:
    """SIGKILL and reap a child; its wait status (how it ended if it was already dead).

    A child that already exited stays a zombie until reaped, so its pid cannot have been reused.
    """
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        return os.waitpid(pid, 0)[1]
    except ChildProcessError:
        return 0
