"""The staff page polls the scheduler run (htmx, every 2 s) until it is done, so it works
with the in-process task backend and with a database backend and a worker."""

from __future__ import annotations

from typing import Any

import pytest

from techbridge.events import services
from techbridge.events.models import RunStatus, ScheduleRun
from tests.conftest import login
from tests.events.conftest import add_slots

POLL = 'hx-trigger="every 2s"'


@pytest.fixture
def ready(people: dict[str, Any], organiser: Any, event: Any) -> Any:
    services.meeting_add(actor=organiser, event=event, a=people["de"], b=people["cn"])
    add_slots(event, organiser)
    return login(organiser)


def test_database_backend_page_polls_until_done(
    ready: Any, event: Any, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        r = ready.post(f"/events/{event.slug}/manage/schedule/", {"time_limit": 5})
    assert r.status_code == 302
    run = ScheduleRun.objects.get()
    assert run.status == RunStatus.QUEUED  # waiting for a worker
    page = ready.get(f"/events/{event.slug}/manage/")
    assert POLL in page.text and f'hx-get="/events/{event.slug}/manage/runs/"' in page.text
    partial = ready.get(f"/events/{event.slug}/manage/runs/", headers={"HX-Request": "true"})
    assert partial.status_code == 200 and POLL in partial.text
    services.schedule_run_execute(run.pk)  # what the worker does
    partial = ready.get(f"/events/{event.slug}/manage/runs/", headers={"HX-Request": "true"})
    assert POLL not in partial.text  # polling stops
    assert "1 of 1 meetings scheduled" in partial.text
    assert 'id="scheduled-figure"' in partial.text and 'hx-swap-oob="true"' in partial.text
    assert "<strong>1</strong>" in partial.text


def test_in_process_backend_needs_no_polling(
    ready: Any, event: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        ready.post(f"/events/{event.slug}/manage/schedule/", {"time_limit": 5})
    assert ScheduleRun.objects.get().status == RunStatus.DONE
    page = ready.get(f"/events/{event.slug}/manage/")
    assert POLL not in page.text and "1 of 1 meetings scheduled" in page.text


def test_runs_partial_is_staff_only(ready: Any, event: Any, client_member: Any) -> None:
    assert client_member.get(f"/events/{event.slug}/manage/runs/").status_code == 403
