"""The print run: all badges and agendas in a task, its progress bar on the organiser's page
(htmx polling), the archive for staff only."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest

from techbridge.core.errors import Conflict, PermissionDenied
from techbridge.events.models import PrintRun, RunStatus
from techbridge.events.services.printing import print_run_start
from tests.conftest import login


@pytest.fixture(autouse=True)
def _media(settings: Any, tmp_path: Any) -> None:
    settings.MEDIA_ROOT = tmp_path


def test_organiser_prints_everything_and_downloads_one_archive(
    people: dict[str, Any], organiser: Any, event: Any, django_capture_on_commit_callbacks: Any
) -> None:
    client = login(organiser)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/events/{event.slug}/manage/print/")
    assert response.status_code == 302
    run = PrintRun.objects.get(event=event)
    assert run.status == RunStatus.DONE and run.done == run.total == 3
    page = client.get(f"/events/{event.slug}/manage/")
    assert 'data-testid="print-archive"' in page.text
    archive = client.get(f"/events/{event.slug}/manage/print/{run.pk}/archive.zip")
    assert archive.status_code == 200
    with zipfile.ZipFile(io.BytesIO(b"".join(archive.streaming_content))) as z:
        assert sorted(z.namelist()) == ["agendas-0001.pdf", "badges-0001.pdf"]
        assert z.read("badges-0001.pdf").startswith(b"%PDF")


def test_a_running_print_polls_its_progress(
    people: dict[str, Any], organiser: Any, event: Any
) -> None:
    run = print_run_start(actor=organiser, event=event, base_url="https://tb.example")
    PrintRun.objects.filter(pk=run.pk).update(status=RunStatus.RUNNING, done=1, total=3)
    bar = login(organiser).get(f"/events/{event.slug}/manage/print/{run.pk}/")
    assert 'hx-trigger="every 1s"' in bar.text and 'value="33"' in bar.text
    assert "1 of 3" in bar.text
    with pytest.raises(Conflict):  # one at a time
        print_run_start(actor=organiser, event=event, base_url="https://tb.example")
    # no archive yet
    url = f"/events/{event.slug}/manage/print/{run.pk}/archive.zip"
    assert login(organiser).get(url).status_code == 404


def test_only_staff_print_and_download(
    people: dict[str, Any], organiser: Any, member: Any, event: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:  # fmt: skip
    with pytest.raises(PermissionDenied):
        print_run_start(actor=member, event=event, base_url="https://tb.example")
    with django_capture_on_commit_callbacks(execute=True):
        run = print_run_start(actor=organiser, event=event, base_url="https://tb.example")
    url = f"/events/{event.slug}/manage/print/{run.pk}/archive.zip"
    assert login(member).get(url).status_code in (403, 404)
    assert login(member).post(f"/events/{event.slug}/manage/print/").status_code in (302, 403, 404)
    assert PrintRun.objects.filter(event=event).count() == 1
