"""Event participants and meeting requests, for the event chosen on the upload (the batch's
`target`). Participants are checked by the registration page's form and written by
`events.services.participant_register` (capacity, waiting list, duplicates: the page's
rules); a re-import updates them through `participant_update`. Meeting requests name both
people by the external ids of a participants import and are written by
`events.services.request_create` (blocking, caps and duplicates as on the page)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from techbridge.core.errors import DomainError, ValidationFailed
from techbridge.events import services as event_services
from techbridge.events.forms.participant import MeetingRequestForm, RegistrationForm
from techbridge.events.models import Event, MeetingRequest, Participant
from techbridge.events.services.registration import UPDATABLE_FIELDS as UPDATABLE
from techbridge.exchange.importers.base import EXTERNAL_ID, Context, Importer, RowResult, register
from techbridge.exchange.importers.columns import ORGANISATION, OrganisationColumn
from techbridge.exchange.models import ExternalRef, ImportKind

REQUESTER, RECIPIENT = "requester_ref", "recipient_ref"


def event_of(ctx: Context) -> Event | None:
    if "event" not in ctx.cache:
        ctx.cache["event"] = Event.objects.filter(slug=ctx.target).first() if ctx.target else None
    return ctx.cache["event"]  # type: ignore[no-any-return]


def _row_refused(row: RowResult, exc: DomainError) -> DomainError:
    """A service's refusal of one row, named by the row, fails the apply."""
    detail = "; ".join(str(m) for messages in exc.fields.values() for m in messages)
    text = f"{exc.message} {detail}".strip()
    return ValidationFailed(_("Row %(row)d: %(message)s") % {"row": row.number, "message": text})


class ParticipantImporter(OrganisationColumn, Importer):
    kind = ImportKind.PARTICIPANTS
    form_class = RegistrationForm
    fields = ("name", *UPDATABLE, "availability")

    def form_kwargs(self, ctx: Context) -> dict[str, Any]:
        return {"event": event_of(ctx), "profile_choices": ()}

    def prefetch(self, object_ids: dict[str, int], rows: Sequence[RowResult], ctx: Context) -> None:
        found = Participant.objects.in_bulk(list(object_ids.values()))
        ctx.cache["existing"] = {ext: found[pk] for ext, pk in object_ids.items() if pk in found}
        self.prefetch_organisations(rows, ctx)

    def check(self, row: RowResult, ctx: Context) -> None:
        if event_of(ctx) is None:
            row.errors[""] = [_("Choose the event these rows are for.")]
            return
        org = self.check_organisation(row, ctx)
        super().check(row, ctx)
        row.data[ORGANISATION] = org

    def resolve(self, row: RowResult, ctx: Context) -> None:
        existing = ctx.cache.get("existing", {}).get(row.external_id)
        if existing is None:
            row.action = "create"
            return
        event = event_of(ctx)
        org = self.organisation(row.cells.get(ORGANISATION, ""), ctx)
        if event is None or (existing.event_id, existing.organisation) != (event.id, org):
            row.errors[EXTERNAL_ID] = [_("This external id is another event's or organisation's.")]
            row.action = "error"
            return
        row.existing = existing
        changed = self.changed(existing, {k: row.data[k] for k in UPDATABLE})
        row.action = "update" if changed else "unchanged"

    def apply(self, rows: list[RowResult], ctx: Context) -> list[int]:
        event, ids = event_of(ctx), []
        for row in rows:
            data = {k: v for k, v in row.data.items() if k != ORGANISATION}
            try:
                if row.action == "create":
                    person = event_services.participant_register(
                        actor=ctx.actor, event=event, organisation=row.data[ORGANISATION], data=data
                    )
                elif row.action == "update":
                    person = event_services.participant_update(
                        actor=ctx.actor, participant=row.existing, data=data
                    )
                else:
                    person = row.existing
            except DomainError as exc:
                raise _row_refused(row, exc) from exc
            ids.append(person.pk)
        return ids


class MeetingRequestImporter(Importer):
    kind = ImportKind.MEETINGS
    form_class = MeetingRequestForm
    fields = ("message",)
    required_extra = (REQUESTER, RECIPIENT)

    def columns(self, ctx: Context) -> list[str]:
        return [EXTERNAL_ID, REQUESTER, RECIPIENT, *self.fields]

    def extra_labels(self) -> dict[str, Any]:
        return {
            EXTERNAL_ID: gettext_lazy("External id"),
            REQUESTER: gettext_lazy("Requester (participant's external id)"),
            RECIPIENT: gettext_lazy("Recipient (participant's external id)"),
        }

    def form_for(self, data: dict[str, Any], ctx: Context) -> forms.Form:
        # The page's form chooses the requester from a list; the import names both people by
        # reference, so only the message is the form's.
        return MeetingRequestForm(data={**data, "requester": 0}, requester_choices=[(0, "-")])

    def prefetch(self, object_ids: dict[str, int], rows: Sequence[RowResult], ctx: Context) -> None:
        found = MeetingRequest.objects.in_bulk(list(object_ids.values()))
        ctx.cache["existing"] = {ext: found[pk] for ext, pk in object_ids.items() if pk in found}
        refs = {r.cells.get(k, "").strip() for r in rows for k in (REQUESTER, RECIPIENT)}
        people = dict(
            ExternalRef.objects.filter(
                kind=ImportKind.PARTICIPANTS, scope=ctx.scope, external_id__in=refs - {""}
            ).values_list("external_id", "object_id")
        )
        event = event_of(ctx)
        by_pk = Participant.objects.filter(event=event).in_bulk(list(people.values()))
        known = ctx.cache.setdefault("people", {})
        known.update({ext: by_pk.get(pk) for ext, pk in people.items()})

    def _person(self, row: RowResult, key: str, ctx: Context) -> Participant | None:
        ref = row.cells.get(key, "").strip()
        person = ctx.cache.get("people", {}).get(ref)
        if person is None:
            row.errors[key] = [
                _("No participant of this event was imported with this external id.")
                if ref
                else _("Name the participant by their external id.")
            ]
        return person  # type: ignore[no-any-return]

    def check(self, row: RowResult, ctx: Context) -> None:
        event = event_of(ctx)
        if event is None or not event.b2b_enabled:
            row.errors[""] = [_("Choose an event with B2B meetings.")]
            return
        requester = self._person(row, REQUESTER, ctx)
        recipient = self._person(row, RECIPIENT, ctx)
        if requester is not None and requester == recipient:
            row.errors[RECIPIENT] = [_("A person cannot meet themselves.")]
        super().check(row, ctx)
        row.data.update(requester=requester, recipient=recipient)

    def resolve(self, row: RowResult, ctx: Context) -> None:
        existing = ctx.cache.get("existing", {}).get(row.external_id)
        if existing is None:
            row.action = "create"
            return
        row.existing = existing
        same = (existing.requester, existing.recipient) == (
            row.data["requester"],
            row.data["recipient"],
        )
        if not same:
            row.errors[EXTERNAL_ID] = [_("This external id is already another pair's request.")]
            row.action = "error"
            return
        row.action = "unchanged"

    def apply(self, rows: list[RowResult], ctx: Context) -> list[int]:
        ids = []
        for row in rows:
            if row.action != "create":
                ids.append(row.existing.pk)
                continue
            try:
                req = event_services.request_create(
                    actor=ctx.actor,
                    requester=row.data["requester"],
                    recipient=row.data["recipient"],
                    message=row.data.get("message", ""),
                )
            except DomainError as exc:
                raise _row_refused(row, exc) from exc
            ids.append(req.pk)
        return ids


register(ParticipantImporter())
register(MeetingRequestImporter())
