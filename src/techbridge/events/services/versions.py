"""Announced agendas as versions: what changed since the last announcement, the change log,
and the notices to the participants whose meetings changed (each in their language).

A version keeps the whole announced schedule, so the next repair starts from exactly what
people were told, even after meetings lost their slot in between."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from techbridge.accounts.models import User
from techbridge.core.i18n import language_of
from techbridge.events.models import (
    Event,
    Meeting,
    MeetingSlot,
    MeetingStatus,
    Participant,
    ScheduleRun,
    ScheduleVersion,
)
from techbridge.notifications.services import Delivery, notify_addresses, notify_users

Place = tuple[int, int]  # (slot id, table)
KINDS = ("moved", "retabled", "dropped", "new", "cancelled")


def latest_version(event: Event) -> ScheduleVersion | None:
    return ScheduleVersion.objects.filter(event=event).order_by("-number").first()


def announced_places(event: Event) -> dict[int, Place] | None:
    """What the participants were last told: the latest version's schedule, else (events
    announced before versions existed) the announced meetings as they stand; None when
    nothing was ever announced."""
    version = latest_version(event)
    if version is not None:
        return {int(m): (int(s), int(t)) for m, s, t in version.assignments}
    rows = Meeting.objects.filter(
        event=event, status=MeetingStatus.ACTIVE, announced=True, slot__isnull=False
    ).values_list("pk", "slot_id", "table")
    places = {m: (s, t) for m, s, t in rows}
    return places or None


def current_places(event: Event) -> dict[int, Place]:
    rows = Meeting.objects.filter(
        event=event, status=MeetingStatus.ACTIVE, slot__isnull=False
    ).values_list("pk", "slot_id", "table")
    return {m: (s, t) for m, s, t in rows}


def diff(
    previous: dict[int, Place], new: dict[int, Place], active: Iterable[int]
) -> list[dict[str, Any]]:
    """The changes from `previous` to `new`; `active` are the meetings still live (an
    announced meeting missing from `new` is dropped if live, cancelled otherwise)."""
    live = set(active)
    changes = []
    for mid in sorted(previous.keys() | new.keys()):
        old, now = previous.get(mid), new.get(mid)
        if old == now:
            continue
        if old is None:
            kind = "new"
        elif now is None:
            kind = "dropped" if mid in live else "cancelled"
        else:
            kind = "retabled" if old[0] == now[0] else "moved"
        changes.append({"meeting": mid, "kind": kind, "from": old, "to": now})
    return changes


def version_record(
    *,
    event: Event,
    actor: Any,
    run: ScheduleRun | None = None,
    stats: dict[str, Any] | None = None,
    before: dict[int, Place] | None = None,
) -> ScheduleVersion:
    """Record the schedule as it now stands as the next version (the caller holds the event's
    row lock) and tell the participants whose meetings changed. `before`: what was announced
    (default: `announced_places`, read before the caller changes anything)."""
    previous = latest_version(event)
    if before is None:
        before = announced_places(event)
    now = current_places(event)
    active = Meeting.objects.filter(event=event, status=MeetingStatus.ACTIVE).values_list(
        "pk", flat=True
    )
    changes = diff(before or {}, now, active) if before is not None else []
    version = ScheduleVersion.objects.create(
        event=event,
        number=(previous.number + 1) if previous else 1,
        run=run,
        announced_by=actor,
        announced_at=timezone.now(),
        assignments=sorted([m, s, t] for m, (s, t) in now.items()),
        changes=changes,
        stats=stats or {},
    )
    if before is not None and changes:
        version.notified = notify_changes(event, changes)
        version.save(update_fields=["notified"])
    return version


def _when(slot: MeetingSlot | None, event: Event) -> str:
    if slot is None:
        return "?"
    return slot.starts_at.astimezone(event.tz).strftime("%Y-%m-%d %H:%M")


def _line(change: dict[str, Any], other: Participant, slots: dict[int, Any], event: Event) -> str:
    """One sentence about one changed meeting, in the active language."""
    old, new = change["from"], change["to"]
    facts = {"name": other.name, "organisation": other.organisation.name}
    if old:
        facts |= {"old": _when(slots.get(old[0]), event), "old_table": old[1]}
    if new:
        facts |= {"new": _when(slots.get(new[0]), event), "table": new[1]}
    kind = change["kind"]
    if kind == "moved":
        text = _(
            "%(name)s (%(organisation)s): moved from %(old)s, table %(old_table)s, "
            "to %(new)s, table %(table)s."
        )
    elif kind == "retabled":
        text = _("%(name)s (%(organisation)s): same time, %(new)s, now at table %(table)s.")
    elif kind == "new":
        text = _("%(name)s (%(organisation)s): new meeting at %(new)s, table %(table)s.")
    elif kind == "dropped":
        text = _(
            "%(name)s (%(organisation)s): the meeting of %(old)s could not be kept; "
            "the organisers will contact you."
        )
    else:
        text = _("%(name)s (%(organisation)s): the meeting of %(old)s is cancelled.")
    return text % facts


def _holder(p: Participant) -> Any:
    """Whose language a participant is written to in: their account, an account with their
    address, or whoever registered them."""
    if p.user is not None:
        return p.user
    if p.email:
        found = User.objects.filter(email__iexact=p.email).first()
        if found is not None:
            return found
    return p.registered_by


def notify_changes(event: Event, changes: list[dict[str, Any]]) -> int:
    """Tell each participant whose meetings changed what changed, in their language: an
    e-mail to their address, and an in-app notice to their account (or to whoever
    registered them). Returns how many participants were told."""
    by_id = {c["meeting"]: c for c in changes}
    meetings = Meeting.objects.filter(pk__in=by_id).select_related(
        "a__organisation", "b__organisation", "a__user", "b__user"
    )
    slots = {s.pk: s for s in MeetingSlot.objects.filter(event=event)}
    per_person: dict[int, list[tuple[dict[str, Any], Participant]]] = defaultdict(list)
    people: dict[int, Participant] = {}
    for m in meetings:
        for me, other in ((m.a, m.b), (m.b, m.a)):
            per_person[me.pk].append((by_id[m.pk], other))
            people[me.pk] = me
    registrars = Participant.objects.filter(pk__in=people).select_related("registered_by")
    for p in registrars:
        people[p.pk].registered_by = p.registered_by
    for pid, items in per_person.items():
        _tell(event, people[pid], items, slots)
    return len(per_person)


def _tell(
    event: Event,
    p: Participant,
    items: list[tuple[dict[str, Any], Participant]],
    slots: dict[int, Any],
) -> None:
    n = len(items)

    def title() -> str:
        return ngettext(
            "%(n)d change to your B2B agenda at %(event)s",
            "%(n)d changes to your B2B agenda at %(event)s",
            n,
        ) % {"n": n, "event": event.title}

    def body() -> str:
        lines = [_line(c, other, slots, event) for c, other in items]
        return "\n".join(lines)

    url = reverse("events:agenda", args=[event.slug, p.pk])
    holder = _holder(p)
    if p.email:
        notify_addresses(
            recipients={p.email: language_of(holder)},
            kind="events.meeting",
            title=title,
            body=body,
            url=url,
        )
    user = p.user or p.registered_by
    if user is not None:
        mailed = bool(p.email) and p.email.lower() == (user.email or "").lower()
        notify_users(
            user_ids=[user.pk],
            kind="events.meeting",
            title=title,
            body=body,
            url=url,
            email=Delivery.NONE if mailed or p.email else Delivery.NOW,
        )
