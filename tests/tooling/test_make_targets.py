"""`make demo` and `make serve` start a task worker beside gunicorn and send the web
processes' tasks to it (``TASKS_BACKEND=database``): a staff approval then only enqueues the
matching, the worker builds the engine and computes (tests/matches/test_workers.py shows
what each side does with that setting; issue 21, point 2)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("make") is None, reason="no make")
@pytest.mark.parametrize("target", ["demo", "serve"])
def test_the_web_processes_run_beside_a_task_worker(target: str) -> None:
    dry = subprocess.run(
        ["make", "-n", "-s", target],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout
    line = next(line for line in dry.splitlines() if "gunicorn techbridge.wsgi" in line)
    worker, _sep, _web = line.partition("gunicorn techbridge.wsgi")
    assert "export TASKS_BACKEND=database;" in worker  # the web processes only enqueue
    assert "techbridge db_worker" in worker and "&" in worker  # the worker, in the background
    assert 'trap "kill $!" EXIT' in worker  # stopped with gunicorn
