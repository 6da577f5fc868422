"""Where code runs: inside a web request, or not (a task worker, a command, a test's own code).

Heavy work (building the matching engine, computing matches) belongs in task workers when
there are any (``TASKS_BACKEND=database``): a web process then only reads what they stored.
`WebRequestMiddleware` marks the request; `heavy_work_allowed()` says whether this code may
do such work here. With the in-process task backend (the embedded default) every task runs
where it is enqueued, so there is nowhere else to do it."""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable, Iterator
from typing import Any

_in_request: contextvars.ContextVar[bool] = contextvars.ContextVar("in_web_request", default=False)


def in_web_request() -> bool:
    return _in_request.get()


@contextlib.contextmanager
def web_request() -> Iterator[None]:
    """Code inside runs as part of a web request (the middleware; tests)."""
    token = _in_request.set(True)
    try:
        yield
    finally:
        _in_request.reset(token)


def tasks_in_workers() -> bool:
    """Whether enqueued tasks run in worker processes (not where they are enqueued)."""
    from django.tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
    from django.tasks.backends.immediate import ImmediateBackend

    return not isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], ImmediateBackend)


def heavy_work_allowed() -> bool:
    """False inside a web request when task workers exist: leave the work to them."""
    return not (in_web_request() and tasks_in_workers())


class WebRequestMiddleware:
    """Marks the code of a request (views, the API, signals they send) as a web request's."""

    def __init__(self, get_response: Callable[[Any], Any]) -> None:
        self.get_response = get_response

    def __call__(self, request: Any) -> Any:
        with web_request():
            return self.get_response(request)
