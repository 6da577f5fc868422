"""Issue 18: the meetings page offers Accept only when accepting would succeed; the agenda
offers held/no-show only once a meeting has begun; the empty agenda PDF says so."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from techbridge.events import pdf, selectors, services
from techbridge.events.models import MeetingRequest
from tests.conftest import login


def test_accept_offered_only_when_it_can_succeed(
    people: dict[str, Any], member: Any, cn_member: Any, event: Any
) -> None:
    event.max_meetings = 1
    event.save()
    r1 = services.request_create(actor=member, requester=people["de"], recipient=people["cn"])
    r2 = services.request_create(
        actor=people["fr_member"], requester=people["fr"], recipient=people["de"]
    )
    rows = selectors.with_accept_blockers(
        MeetingRequest.objects.filter(pk__in=[r1.pk, r2.pk]), event=event, now=timezone.now()
    )
    assert {r.pk: r.accept_blocker for r in rows} == {r1.pk: "", r2.pk: ""}
    page = login(member).get(f"/events/{event.slug}/meetings/").content.decode()
    assert 'data-testid="accept-request"' in page
    services.request_accept(actor=cn_member, request=r1)
    page = login(member).get(f"/events/{event.slug}/meetings/").content.decode()
    assert 'data-testid="accept-request"' not in page  # Anna is at the cap: no button
    assert 'data-testid="accept-blocked"' in page and "Anna" in page


def test_empty_agenda_pdf_says_no_meetings(people: dict[str, Any], monkeypatch: Any) -> None:
    written: list[str] = []
    real = pdf.Document.para

    def para(self: Any, text: str, *args: Any, **kwargs: Any) -> Any:
        written.append(str(text))
        return real(self, text, *args, **kwargs)

    monkeypatch.setattr(pdf.Document, "para", para)
    body = pdf.agenda_pdf(people["de"], [])
    assert body.startswith(b"%PDF") and "No meetings yet." in written
