"""Worker processes for a run: one task at a time each, a time budget per task, none outliving the run.

``concurrent.futures.ProcessPoolExecutor`` cannot stop one task: an article that takes
an hour holds its worker (and, since results are written in input order, the whole
archive) for an hour. Here the parent gives each task a deadline and kills the worker
that passes it, then starts another; the task ends as a ``BudgetExceeded`` error.
Workers also die with the parent whatever ends it (``kill -9`` included): Linux sends
them SIGKILL when it goes (``PR_SET_PDEATHSIG``), and a worker that finds its pipe
closed exits.

The pool is driven from the thread that uses it (``poll``, ``result``): no helper thread.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from multiprocessing.connection import Connection, wait
from typing import Any

_PR_SET_PDEATHSIG = 1


class BudgetExceeded(Exception):
    """A task ran past its time budget; its worker was stopped."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"took more than {seconds:.1f} s")
        self.seconds = seconds


class WorkerDied(Exception):
    """A worker process ended while it held a task (killed, out of memory, a crash in C code)."""


def _die_with_parent(parent: int) -> None:
    """Ask Linux to SIGKILL this process when its parent ends; exit now if it already has."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the closed pipe ends the worker instead
        pass
    if os.getppid() != parent:
        os._exit(0)


def _serve(connection: Connection, parent: int, function: Callable[[Any], Any]) -> None:
    """A worker's life: call ``function`` on each task received until the pipe closes."""
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the parent decides
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    while True:
        try:
            task = connection.recv()
        except (EOFError, OSError):
            os._exit(0)
        if task is None:
            os._exit(0)
        key, argument = task
        try:
            reply = (key, True, function(argument))
        except Exception as error:  # reported as the task's failure; the worker goes on
            reply = (key, False, f"{type(error).__name__}: {error}")
        try:
            connection.send(reply)
        except Exception as error:  # a result that cannot be pickled
            connection.send((key, False, f"{type(error).__name__}: {error}"))


class _Worker:
    def __init__(self, context, function: Callable[[Any], Any]) -> None:
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, os.getpid(), function), daemon=True)
        self.process.start()
        child.close()
        self.task: tuple[int, Future, float, float] | None = None  # key, future, deadline, budget

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.connection.close()


class BudgetPool:
    """``workers`` processes calling ``function``; ``budget(argument)`` seconds per task (None: no limit).

    Processes are forked from the caller, so what it loaded (models, tables) is shared,
    not loaded again.
    """

    def __init__(self, function: Callable[[Any], Any], workers: int,
                 budget: Callable[[Any], float | None] | None = None) -> None:
        self.function, self.budget = function, budget
        self.context = multiprocessing.get_context("fork")
        self.workers = [_Worker(self.context, function) for _ in range(max(1, workers))]
        self.queue: deque[tuple[int, Any, Future]] = deque()
        self.next_key = 0

    def submit(self, argument: Any) -> Future:
        future: Future = Future()
        self.queue.append((self.next_key, argument, future))
        self.next_key += 1
        self._dispatch()
        return future

    def result(self, future: Future) -> Any:
        """Wait for ``future`` (driving the pool meanwhile) and return its result or raise its error."""
        while not future.done():
            self.poll(timeout=1.0)
        return future.result()

    def poll(self, timeout: float = 0.0) -> None:
        """Collect finished tasks, stop the ones past their budget, hand out waiting ones."""
        self._dispatch()
        busy = [worker for worker in self.workers if worker.task is not None]
        if not busy:
            return
        now = time.monotonic()
        soonest = min(worker.task[2] for worker in busy)
        ready = wait([worker.connection for worker in busy], timeout=max(0.0, min(timeout, soonest - now)))
        for worker in busy:
            if worker.connection in ready:
                self._receive(worker)
        now = time.monotonic()
        for index, worker in enumerate(self.workers):
            if worker.task is not None and now > worker.task[2]:
                _, future, _, seconds = worker.task
                worker.stop()
                self.workers[index] = _Worker(self.context, self.function)
                future.set_exception(BudgetExceeded(seconds))
        self._dispatch()

    def _receive(self, worker: _Worker) -> None:
        key, future, _, _ = worker.task
        try:
            reply_key, ok, value = worker.connection.recv()
        except (EOFError, OSError):
            index = self.workers.index(worker)
            code = worker.process.exitcode
            worker.stop()
            self.workers[index] = _Worker(self.context, self.function)
            future.set_exception(WorkerDied(f"the worker process ended (exit code {code})"))
            return
        worker.task = None
        if reply_key != key:  # cannot happen: one task per worker at a time
            future.set_exception(WorkerDied("the worker answered another task"))
        elif ok:
            future.set_result(value)
        else:
            future.set_exception(TaskError(value))

    def _dispatch(self) -> None:
        for index, worker in enumerate(self.workers):
            if not self.queue:
                return
            if worker.task is None:
                key, argument, future = self.queue.popleft()
                seconds = self.budget(argument) if self.budget else None
                deadline = time.monotonic() + seconds if seconds else float("inf")
                try:
                    worker.connection.send((key, argument))
                except (OSError, ValueError) as error:  # the worker is gone: a new one for the next task
                    worker.stop()
                    self.workers[index] = _Worker(self.context, self.function)
                    future.set_exception(WorkerDied(f"cannot reach the worker: {error}"))
                    continue
                worker.task = (key, future, deadline, seconds or 0.0)

    def shutdown(self) -> None:
        """Stop every worker now (a task in hand is abandoned) and cancel what waits."""
        for _, _, future in self.queue:
            future.cancel()
        self.queue.clear()
        for worker in self.workers:
            worker.stop()
        self.workers = []


class TaskError(Exception):
    """The task raised in the worker; the message is the worker's ``Type: message``."""
