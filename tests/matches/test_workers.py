"""With task workers (TASKS_BACKEND=database) the matching engine is used by them only: a
publish approved through a page enqueues the matching, the request neither builds the
engine nor computes a match, and a worker then stores the matches that pages read."""

from __future__ import annotations

import signal
from datetime import timedelta
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from techbridge.core.scope import web_request
from techbridge.matches import engine
from techbridge.matches.models import Match
from tests.conftest import login
from tests.matches.conftest import chinese_request

pytestmark = pytest.mark.django_db

WORKERS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_worker(monkeypatch: Any) -> None:
    """What `techbridge db_worker` does, in this test's transaction (the worker's closing of
    connections would close the test's own on PostgreSQL)."""
    worker = "django_tasks_db.management.commands.db_worker"
    monkeypatch.setattr(f"{worker}.close_old_connections", lambda: None)
    # The command installs its own SIGTERM/SIGINT handlers and keeps them after a batch:
    # give this test process its own back (pool children forked later inherit them).
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        call_command("db_worker", batch=True, interval=0, verbosity=0)
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)


def test_an_approval_leaves_matching_to_the_worker(
    market: Any,
    cn_org: Any,
    staff: Any,
    settings: Any,
    monkeypatch: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    settings.TASKS = WORKERS
    request = chinese_request(cn_org)
    with django_capture_on_commit_callbacks(execute=True):
        r = login(staff).post(f"/profiles/review/{request.id}/", {"decision": "approve"})
    assert r.status_code == 302
    request.refresh_from_db()
    assert request.status == "published"
    assert not engine.built()  # the request built no engine
    assert not Match.objects.filter(request=request).exists()
    assert DBTaskResult.objects.filter(task_path__endswith="match_profiles").count() == 1
    run_worker(monkeypatch)
    assert Match.objects.filter(request=request).exists()
    assert engine.built()  # built where the task ran


def test_the_engine_refuses_a_web_request_when_workers_exist(market: Any, settings: Any) -> None:
    settings.TASKS = WORKERS
    with web_request(), pytest.raises(engine.MatchingInWebRequest):
        engine.matcher()
    assert not engine.built()
    engine.matcher()  # outside a request (a worker, a command): allowed


def test_without_workers_a_request_may_still_match_in_process(market: Any) -> None:
    with web_request():
        assert engine.matcher() is not None  # the embedded default: nowhere else to do it


def _no_rebuild(monkeypatch: Any) -> None:
    def fail() -> Any:
        raise AssertionError("rebuilt instead of catching up")

    monkeypatch.setattr(engine, "_new_engine", fail)


def test_a_worker_catches_up_with_another_workers_changes_without_rebuilding(
    market: Any, cn_org: Any, monkeypatch: Any
) -> None:
    """Another worker published and closed profiles (no note reached this one): the
    engine applies them, it is not rebuilt (at a million that takes minutes)."""
    from tests.factories import ProfileFactory

    built = engine.matcher()
    request = chinese_request(
        cn_org, status="published", published_at=market["offers"]["hydromet"].published_at
    )
    solar = market["offers"]["solar"]
    solar.status = "closed"
    solar.save()
    _no_rebuild(monkeypatch)
    assert engine.matcher() is built
    assert f"p:{request.id}" in built and f"p:{solar.id}" not in built
    found = {p.profile_id for p in engine.top_for(request, k=10)}
    assert market["offers"]["hydromet"].id in found
    extra = ProfileFactory(organisation=market["other"], title="Lithium battery recycling")
    assert engine.matcher() is built and f"p:{extra.id}" in built
    assert engine.matcher() is built  # nothing new: nothing applied again


def test_a_change_it_cannot_follow_rebuilds(market: Any, monkeypatch: Any) -> None:
    """A profile withdrawn by a bulk update (no save) leaves no trace in ``updated_at``:
    the counts disagree, and the engine is rebuilt rather than served stale."""
    from techbridge.profiles.models import TechnologyProfile

    built = engine.matcher()
    water = market["offers"]["water"]
    long_ago = timezone.now() - timedelta(days=3)
    TechnologyProfile.objects.filter(pk=water.pk).update(status="closed", updated_at=long_ago)
    rebuilt = engine.matcher()
    assert rebuilt is not built and f"p:{water.id}" not in rebuilt
