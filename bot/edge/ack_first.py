"""Acks first: the work behind an ack waits while requests are coming in.

Slack gives an ack 3 seconds and then shows the person an error; the work behind it
(saving a change, redrawing a message, replying) has no such limit. In one interpreter
the two compete for the same lock, so under a burst of requests the work is held back
until no request has come in for a moment (``lull``) -- but never longer than
``patience``, so a steady stream of requests cannot starve it.

Work that Slack itself times is not held back: a form opens only within 3 seconds of its
trigger, so an ack function that opens one calls :func:`right_after_ack`, and its work
starts at once on workers of its own (a burst of other work cannot queue ahead of it).
"""

from __future__ import annotations

import contextvars
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

#: Threads for the work after acks, and for the work that opens a form (which may not wait
#: for them: a burst of other work would queue ahead of it).
WORKERS = 4
URGENT_WORKERS = 10

#: Set by an ack function whose work must not wait for a lull; reset for each request.
_RIGHT_AFTER_ACK: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "right_after_ack", default=False
)


def right_after_ack() -> None:
    """From an ack function: the work behind this request starts as soon as it is acked
    (it opens a form, whose trigger expires 3 s after the request)."""
    _RIGHT_AFTER_ACK.set(True)


class AckFirst:
    """Bolt global middleware that notes each request, and an executor for Bolt's lazy
    listeners whose jobs start only after a lull in requests (or when patience runs out).
    """

    def __init__(
        self,
        *,
        workers: int = WORKERS,
        urgent_workers: int = URGENT_WORKERS,
        lull: float = 0.05,
        patience: float = 2.0,
    ) -> None:
        self._answering = 0
        self._last_request = 0.0
        self._changed = threading.Condition()
        self._lull = lull
        self._patience = patience
        self.executor = _DeferringExecutor(self, workers, urgent_workers)

    def middleware(self, next_: Callable[[], Any]) -> Any:
        """Bolt global middleware: a request is being answered while it runs, up to the
        ack and the start of its lazy listeners."""
        with self._changed:
            self._answering += 1
        urgent = _RIGHT_AFTER_ACK.set(False)  # this thread's previous request set it
        try:
            return next_()
        finally:
            _RIGHT_AFTER_ACK.reset(urgent)
            with self._changed:
                self._answering -= 1
                self._last_request = time.monotonic()
                if self._answering == 0:  # waiters time the lull themselves
                    self._changed.notify_all()

    def wait_for_lull(self) -> None:
        """Block until no request is being answered and none came in for ``lull``
        seconds, or for ``patience`` seconds at most."""
        give_up = time.monotonic() + self._patience
        with self._changed:
            while (now := time.monotonic()) < give_up:
                if self._answering == 0 and now >= self._last_request + self._lull:
                    return
                lull_ends = self._last_request + self._lull if self._answering == 0 else give_up
                self._changed.wait(min(give_up, lull_ends) - now)


class _DeferringExecutor(ThreadPoolExecutor):
    """Runs the work after each ack, in the request's logging context, and counts the jobs
    not yet finished so that a stop can wait for them. Work marked :func:`right_after_ack`
    runs at once, on workers of its own."""

    def __init__(self, gate: AckFirst, workers: int, urgent_workers: int) -> None:
        super().__init__(max_workers=workers, thread_name_prefix="after-ack")
        self._urgent = ThreadPoolExecutor(urgent_workers, thread_name_prefix="right-after-ack")
        self._gate = gate
        self._pending = 0
        self._idle = threading.Condition()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        context = contextvars.copy_context()  # the lines it logs name its request
        urgent = context.get(_RIGHT_AFTER_ACK, False)

        def deferred() -> Any:
            try:
                if not urgent:
                    self._gate.wait_for_lull()
                return context.run(fn, *args, **kwargs)
            finally:
                with self._idle:
                    self._pending -= 1
                    self._idle.notify_all()

        with self._idle:
            self._pending += 1
        return self._urgent.submit(deferred) if urgent else super().submit(deferred)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._urgent.shutdown(wait, cancel_futures=cancel_futures)
        super().shutdown(wait, cancel_futures=cancel_futures)

    def wait_idle(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for every job submitted to finish."""
        give_up = time.monotonic() + timeout
        with self._idle:
            while self._pending and (left := give_up - time.monotonic()) > 0:
                self._idle.wait(left)
            return self._pending == 0
