"""Importing an event's participants and meeting requests: the registration page's form and
services (capacity, closed registration, blocking), re-imports updating, the event chosen on
the upload form, and people named by the external ids of a participants import."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from techbridge.events.models import MeetingRequest, Participant
from techbridge.exchange import services
from techbridge.exchange.forms import UploadForm
from techbridge.exchange.models import BatchStatus, ImportBatch, ImportRow
from tests.events.conftest import make_event
from tests.exchange.conftest import csv_bytes, upload

pytestmark = pytest.mark.django_db

PEOPLE = [
    "External id",
    "Organisation (external id or key)",
    "Name",
    "E-mail",
    "Languages spoken",
    "Needs an interpreter",
    "Sectors of interest",
]
MEETINGS = [
    "External id",
    "Requester (participant's external id)",
    "Recipient (participant's external id)",
    "Message",
]


@pytest.fixture(autouse=True)
def _run_tasks(django_capture_on_commit_callbacks: Any) -> Any:
    global _commits
    _commits = django_capture_on_commit_callbacks
    yield


_commits: Any = None


def _import(
    actor: Any, kind: str, headers: list[str], rows: list[list[str]], event: Any, org: Any = None
) -> ImportBatch:
    with _commits(execute=True):
        batch = services.import_upload(
            actor=actor,
            kind=kind,
            upload=upload(csv_bytes(headers, rows)),
            organisation=org,
            target=event.slug,
        )
    batch.refresh_from_db()
    return batch


def _confirm(actor: Any, batch: ImportBatch, mode: str = "all") -> ImportBatch:
    with _commits(execute=True):
        services.import_confirm(actor=actor, batch=batch, mode=mode)
    batch.refresh_from_db()
    return batch


def _open_event(**extra: Any) -> Any:
    now = timezone.now()
    return make_event(
        registration_opens_at=now - timezone.timedelta(days=1),
        registration_closes_at=now + timezone.timedelta(days=5),
        **extra,
    )


def test_staff_import_participants_then_meetings(staff: Any, org: Any, cn_org: Any) -> None:
    event = _open_event()
    rows = [
        [
            "A1",
            org.slug,
            "Anna Weber",
            "anna@example.org",
            "English; German",
            "no",
            "energy-storage",
        ],
        ["A2", cn_org.slug, "王伟", "", "中文", "是", ""],
        ["A3", cn_org.slug, "", "", "", "maybe", "underwater basket weaving"],
        ["A4", "no-such-org", "Bob", "", "", "", ""],
    ]
    batch = _import(staff, "participants", PEOPLE, rows, event)
    assert batch.counts == {"create": 2, "update": 0, "unchanged": 0, "error": 2}
    bad = {r.external_id: r.errors for r in ImportRow.objects.filter(batch=batch, action="error")}
    assert {"name", "needs_interpreter", "sectors"} <= set(bad["A3"])
    assert "organisation" in bad["A4"]
    _confirm(staff, batch, "valid")
    wang = Participant.objects.get(event=event, name="王伟")
    assert wang.languages == ["zh"] and wang.needs_interpreter
    assert Participant.objects.get(name="Anna Weber").languages == ["en", "de"]

    # A re-import updates instead of duplicating.
    rows[0][3] = "anna.weber@example.org"
    again = _confirm(staff, _import(staff, "participants", PEOPLE, rows[:2], event))
    assert again.counts == {"create": 0, "update": 1, "unchanged": 1, "error": 0}
    assert Participant.objects.filter(event=event).count() == 2
    assert Participant.objects.get(name="Anna Weber").email == "anna.weber@example.org"

    meetings = [
        ["M1", "A1", "A2", "Let us talk about batteries."],
        ["M2", "A1", "A1", ""],
        ["M3", "A1", "ZZ", ""],
    ]
    batch = _import(staff, "meetings", MEETINGS, meetings, event)
    assert batch.counts["create"] == 1 and batch.counts["error"] == 2
    _confirm(staff, batch, "valid")
    request = MeetingRequest.objects.get()
    assert (request.requester.name, request.recipient.name) == ("Anna Weber", "王伟")


def test_service_refusal_names_the_row_and_saves_nothing(staff: Any, org: Any, cn_org: Any) -> None:
    event = _open_event()
    rows = [["A1", org.slug, "Anna", "", "", "", ""], ["A2", cn_org.slug, "Ben", "", "", "", ""]]
    _confirm(staff, _import(staff, "participants", PEOPLE, rows, event))
    Participant.objects.filter(name="Ben").update(blocks_requests=True)
    batch = _import(
        staff, "meetings", MEETINGS, [["M0", "A2", "A1", ""], ["M1", "A1", "A2", ""]], event
    )
    assert batch.counts["create"] == 2
    batch = _confirm(staff, batch)
    assert batch.status == BatchStatus.FAILED and "Row 3" in batch.message
    assert not MeetingRequest.objects.exists()


def test_member_imports_own_people_only_into_open_events(
    member: Any, org: Any, cn_org: Any
) -> None:
    event = _open_event()
    headers = [h for h in PEOPLE if not h.startswith("Organisation")]
    batch = _confirm(
        member,
        _import(member, "participants", headers, [["X", "Ann", "", "", "", ""]], event, org=org),
    )
    assert batch.status == BatchStatus.APPLIED
    assert Participant.objects.get().organisation == org
    closed = make_event(registration_closes_at=timezone.now() - timezone.timedelta(days=1))
    batch = _confirm(
        member,
        _import(member, "participants", headers, [["Y", "Bo", "", "", "", ""]], closed, org=org),
    )
    assert batch.status == BatchStatus.FAILED and "closed" in batch.message


def test_upload_form_requires_the_event_and_hides_hidden_ones(
    member: Any, org: Any, staff: Any
) -> None:
    hidden = _open_event(visibility="hidden")
    form = UploadForm(
        {"kind": "participants", "organisation": org.id}, {"file": upload(b"x")}, actor=member
    )
    assert not form.is_valid() and "event" in form.errors
    form = UploadForm(
        {"kind": "participants", "organisation": org.id, "event": hidden.slug},
        {"file": upload(b"x")},
        actor=member,
    )
    assert not form.is_valid() and "event" in form.errors
    form = UploadForm(
        {"kind": "participants", "event": hidden.slug}, {"file": upload(b"x")}, actor=staff
    )
    assert form.is_valid(), form.errors
    assert form.target() == hidden.slug
