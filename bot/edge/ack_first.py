"""Acks first: the work behind an ack waits while requests are coming in.

Slack gives an ack 3 seconds and then shows the person an error; the work behind it
(saving a change, redrawing a message, replying) has no such limit. In one interpreter
the two compete for the same lock, so under a burst of requests the work is held back
until no request has come in for a moment (``lull``) -- but never longer than
``patience``, so a steady stream of requests cannot starve it.

Work that Slack itself times is not held back: a form opens only within 3 seconds of its
trigger, so an ack function that opens one calls :func:`right_after_ack`, and its work
starts at once on workers of its own (a burst of other work cannot queue ahead of it).

The work of presses on one message runs in the order they were pressed: "done" then "undo"
on an item, both held back by a burst, would otherwise race on two workers, and the undo
could find the item not yet done and the item end done.
"""

from __future__ import annotations

import contextlib
import contextvars
import threading
import time
from collections.abc import Callable, Hashable, Iterator
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
#: What the request acts on (the message or view holding the control pressed), set by the
#: gate for each request: the work behind requests on the same one runs in order.
_ACTS_ON: contextvars.ContextVar[Hashable | None] = contextvars.ContextVar("acts_on", default=None)


def right_after_ack() -> None:
    """From an ack function: the work behind this request starts as soon as it is acked
    (it opens a form, whose trigger expires 3 s after the request)."""
    _RIGHT_AFTER_ACK.set(True)


class AckFirst:
    """Notes each request being answered (:meth:`answering`), and is an executor for the
    work after acks, whose jobs start only after a lull in requests (or when patience runs
    out)."""

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

    @contextlib.contextmanager
    def answering(self, body: dict[str, Any]) -> Iterator[None]:
        """Around Bolt's dispatch of a request (``body``): it is being answered, up to its
        ack and the start of the work behind it. (Not a Bolt middleware: a middleware's
        ``next`` returns before the listener runs, so it would not span the ack.)"""
        with self._changed:
            self._answering += 1
        urgent = _RIGHT_AFTER_ACK.set(False)  # this thread's previous request set it
        acts_on = _ACTS_ON.set(_pressed_on(body))
        try:
            yield
        finally:
            _ACTS_ON.reset(acts_on)
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


def _pressed_on(body: dict[str, Any]) -> Hashable | None:
    """The message (or App Home view) whose control a press came from; None for any other
    request."""
    if body.get("type") != "block_actions":
        return None
    container = body.get("container") or {}
    if container.get("message_ts"):
        return ("message", container.get("channel_id"), container["message_ts"])
    return ("view", container["view_id"]) if container.get("view_id") else None


class _DeferringExecutor(ThreadPoolExecutor):
    """Runs the work after each ack, in the request's logging context, and counts the jobs
    not yet finished so that a stop can wait for them. Work marked :func:`right_after_ack`
    runs at once, on workers of its own; other work on one message runs in turn.

    In turn without deadlock: the workers take jobs first in, first out, so a job's
    predecessor on its message was taken before it and is running or done."""

    def __init__(self, gate: AckFirst, workers: int, urgent_workers: int) -> None:
        super().__init__(max_workers=workers, thread_name_prefix="after-ack")
        self._urgent = ThreadPoolExecutor(urgent_workers, thread_name_prefix="right-after-ack")
        self._gate = gate
        self._pending = 0
        self._idle = threading.Condition()
        self._last_on: dict[Hashable, threading.Event] = {}  # the latest job on each message

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        context = contextvars.copy_context()  # the lines it logs name its request
        urgent = context.get(_RIGHT_AFTER_ACK, False)
        acts_on = None if urgent else context.get(_ACTS_ON, None)
        finished = threading.Event()

        def deferred() -> Any:
            try:
                if before is not None:
                    before.wait()
                if not urgent:
                    self._gate.wait_for_lull()
                return context.run(fn, *args, **kwargs)
            finally:
                finished.set()
                with self._idle:
                    if acts_on is not None and self._last_on.get(acts_on) is finished:
                        del self._last_on[acts_on]
                    self._pending -= 1
                    self._idle.notify_all()

        with self._idle:  # held while queueing, so the queue's order is the turns' order
            self._pending += 1
            before = None if acts_on is None else self._last_on.get(acts_on)
            if acts_on is not None:
                self._last_on[acts_on] = finished
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
