"""Every badge and every printed agenda of an event in one ZIP archive (the organiser's print
run for the welcome packs).

A PDF document costs seconds to open and close with a CJK font (fpdf2 parses the font when
it is added and subsets it when the document is written), so the archive holds documents of
`CHUNK` participants each, in the same order for badges and agendas (`badges-0001.pdf` and
`agendas-0001.pdf` hold the same people, by name): a few seconds of font work per chunk
instead of per person. Each agenda is in its participant's language and starts on a new
page. The data is read in a handful of queries per chunk, not per person."""

from __future__ import annotations

import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from django.db.models import Q
from django.utils import translation

from techbridge.core.i18n import language_of
from techbridge.events import pdf
from techbridge.events.models import Meeting, MeetingStatus, Participant, RegistrationStatus
from techbridge.events.selectors.agenda import AgendaItem, agenda_item, room_ranges
from techbridge.events.selectors.people import _visible_profiles, participant_card

CHUNK = 500


def confirmed(event: Any) -> list[Participant]:
    """The people who get a badge and an agenda: confirmed, by name."""
    return list(
        Participant.objects.filter(event=event, status=RegistrationStatus.CONFIRMED)
        .select_related("organisation", "user", "registered_by", "event")
        .order_by("name", "id")
    )


def _chunks(people: list[Participant]) -> Iterator[tuple[int, list[Participant]]]:
    for start in range(0, len(people), CHUNK):
        yield start // CHUNK + 1, people[start : start + CHUNK]


def _agendas(event: Any, people: list[Participant]) -> dict[int, list[AgendaItem]]:
    """The agenda items of `people`, as the organiser sees them (public profile cards only:
    a printed agenda may lie on a table), in four queries for the whole chunk."""
    from django.contrib.auth.models import AnonymousUser

    ids = [p.pk for p in people]
    meetings = list(
        Meeting.objects.filter(
            Q(a_id__in=ids) | Q(b_id__in=ids), status=MeetingStatus.ACTIVE
        ).select_related("slot", "a", "b", "interpreter")
    )
    others = {m.a_id for m in meetings} | {m.b_id for m in meetings}
    anonymous = AnonymousUser()
    cards = {
        p.pk: participant_card(p, actor=anonymous)
        for p in Participant.objects.filter(pk__in=others)
        .select_related("organisation")
        .prefetch_related(_visible_profiles(anonymous))
    }
    items: dict[int, list[AgendaItem]] = defaultdict(list)
    tz = event.tz
    rooms = room_ranges(event.pk)
    for m in meetings:
        for me, other in ((m.a_id, m.b_id), (m.b_id, m.a_id)):
            if me in ids:
                items[me].append(agenda_item(m, cards[other], tz, rooms))
    for found in items.values():
        found.sort(key=lambda i: (i.starts_at is None, i.starts_at or 0, i.meeting.id))
    return items


def _agenda_document(event: Any, people: list[Participant]) -> bytes:
    items = _agendas(event, people)
    doc = pdf.Document()
    for p in people:
        with translation.override(language_of(p.user or p.registered_by)):
            pdf.agenda_pages(doc, p, items.get(p.pk, []))
    return bytes(doc.output())


def _badge_document(event: Any, people: list[Participant], base_url: str) -> bytes:
    doc = pdf.Document()
    rows = [(p, f"{base_url}/events/checkin/{p.checkin_code}/") for p in people]
    pdf.badge_pages(doc, event, rows)
    return bytes(doc.output())


def render_archive(
    event: Any,
    *,
    base_url: str,
    out: Path | None = None,
    on_progress: Callable[[tuple[int, int]], Any] | None = None,
) -> dict[str, Any]:
    """Write badges and agendas of every confirmed participant into the ZIP `out` (or only
    render them when `out` is None); `on_progress((done, total))` after each chunk."""
    people = confirmed(event)
    total, done, size = len(people), 0, 0
    target = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) if out else None
    try:
        for n, chunk in _chunks(people):
            for name, body in (
                (f"badges-{n:04d}.pdf", _badge_document(event, chunk, base_url)),
                (f"agendas-{n:04d}.pdf", _agenda_document(event, chunk)),
            ):
                size += len(body)
                if target is not None:
                    target.writestr(name, body)
            done += len(chunk)
            if on_progress is not None:
                on_progress((done, total))
    finally:
        if target is not None:
            target.close()
    return {"participants": total, "documents": 2 * ((total + CHUNK - 1) // CHUNK),
            "pdf_mb": round(size / 1e6, 1)}  # fmt: skip
