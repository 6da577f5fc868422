"""Reads of the data exchange for an actor: who may import what, and which imports they see."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from techbridge.accounts.selectors import can_edit_organisation, is_member, is_staff
from techbridge.core.errors import NotFound
from techbridge.events.models import Event
from techbridge.events.models.choices import EventVisibility
from techbridge.exchange.models import ImportBatch, ImportKind, ImportRow, RowAction

STAFF_ONLY = (ImportKind.ORGANISATIONS,)


def can_import(actor: Any, kind: str, organisation: Any) -> bool:
    """Staff import every kind for any organisation (organisation None); an organisation's
    owners and editors import its own profiles."""
    if not is_member(actor):
        return False
    if is_staff(actor):
        return True
    if kind in STAFF_ONLY or organisation is None:
        return False
    return can_edit_organisation(actor, organisation)


def batches_for(*, actor: Any) -> QuerySet[ImportBatch]:
    """Staff see every import; a member sees their own."""
    qs = ImportBatch.objects.select_related("created_by", "organisation")
    if is_staff(actor):
        return qs
    if not is_member(actor):
        return qs.none()
    return qs.filter(created_by=actor)


def batch_get_for(*, actor: Any, batch_id: int) -> ImportBatch:
    batch = batches_for(actor=actor).filter(pk=batch_id).first()
    if batch is None:
        raise NotFound()
    return batch


def can_manage_batch(actor: Any, batch: ImportBatch) -> bool:
    return is_staff(actor) or (is_member(actor) and batch.created_by_id == actor.id)


def batch_rows(*, batch: ImportBatch, errors_only: bool = False) -> QuerySet[ImportRow]:
    rows = ImportRow.objects.filter(batch=batch).order_by("number")
    return rows.filter(action=RowAction.ERROR) if errors_only else rows


def importable_events(actor: Any) -> list[tuple[str, str]]:
    """The events rows can be imported for: those not over for more than 30 days (members:
    only the events they can see)."""
    since = timezone.now() - timedelta(days=30)
    events = Event.objects.filter(ends_at__gte=since).order_by("starts_at")
    if not is_staff(actor):
        events = events.exclude(visibility=EventVisibility.HIDDEN)
    events = events[:200]
    return [(e.slug, f"{e.title} ({e.starts_at:%Y-%m-%d})") for e in events]
