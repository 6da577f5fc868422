"""Reads about connections. This module is the one place that decides who may see a
connection, its conversation, its attachments and the other side's identity: pages, the API
and exports all come through here. (Blind owners and dossiers of profiles are decided by
`profiles.selectors` from the ProfileDisclosure rows the deal services write.)

Who sees a connection:
- members of the requesting organisation, always;
- members of the owner organisation, once the EOI reaches them (at once, or when a broker
  forwards it);
- staff of the centre: management (and staff without a department) see all connections; the
  other departments see the connections assigned to them and the unassigned ones.
Nobody else — a third organisation, an anonymous visitor, a guessed id — learns that it exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.db.models import Count, DateTimeField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from techbridge.accounts.models import Membership, Organisation
from techbridge.accounts.selectors import (
    is_member,
    is_staff,
    organisation_choices,
    organisation_ids_of,
    organisations_of,
)
from techbridge.core.choices import Department, MemberRole, ProfileStatus
from techbridge.core.errors import NotFound
from techbridge.deals.choices import Status
from techbridge.deals.models import (
    Connection,
    Contract,
    Message,
    MessageAttachment,
    NdaStep,
    ReadMarker,
    StageChange,
)
from techbridge.profiles.selectors import relatable_profiles

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


# --- who sees which connection ----------------------------------------------------------------


def _staff_scope(actor: Any) -> Q | None:
    """The connections a staff member sees (None: all of them)."""
    if actor.is_superuser:
        return None
    if actor.department in ("", Department.MANAGEMENT):
        return None
    return Q(department="") | Q(department=actor.department)


def _member_scope(org_ids: set[int]) -> Q:
    reached_owner = Q(brokered=False) | Q(forwarded_at__isnull=False)
    return Q(requester_org_id__in=org_ids) | (Q(owner_org_id__in=org_ids) & reached_owner)


def visible_connections(actor: Any) -> QuerySet[Connection]:
    """Every connection the actor may read (none for visitors)."""
    qs = Connection.objects.all()
    if is_staff(actor):
        scope = _staff_scope(actor)
        org_ids = organisation_ids_of(actor)
        if scope is not None and org_ids:
            scope = scope | _member_scope(org_ids)
        return qs if scope is None else qs.filter(scope)
    if not is_member(actor):
        return qs.none()
    org_ids = organisation_ids_of(actor)
    if not org_ids:
        return qs.none()
    return qs.filter(_member_scope(org_ids))


def _unread_subquery(actor: Any) -> Subquery:
    marker = ReadMarker.objects.filter(connection=OuterRef("connection"), user_id=actor.id).values(
        "read_at"
    )[:1]
    since = Coalesce(Subquery(marker), Value(EPOCH), output_field=DateTimeField())
    counted = (
        Message.objects.filter(connection=OuterRef("pk"))
        .exclude(author_id=actor.id)
        .filter(created_at__gt=since)
        .values("connection")
        .annotate(n=Count("id"))
        .values("n")
    )
    return Subquery(counted)


def connection_list(*, actor: Any) -> QuerySet[Connection]:
    """The actor's connections, newest first, with the unread message count as `unread`."""
    qs = visible_connections(actor).select_related("profile", "owner_org", "requester_org")
    if not is_member(actor):
        return qs
    return qs.annotate(unread=Coalesce(_unread_subquery(actor), Value(0))).order_by(
        "-updated_at", "-id"
    )


def connection_get_for(*, actor: Any, connection_id: Any) -> Connection:
    """One connection the actor may read, or NotFound (never a hint that it exists)."""
    try:
        pk = int(connection_id)
    except (TypeError, ValueError):
        raise NotFound() from None
    connection = (
        visible_connections(actor)
        .select_related("profile__organisation", "owner_org", "requester_org", "requester_user")
        .filter(pk=pk)
        .first()
    )
    if connection is None:
        raise NotFound()
    return connection


def sending_organisation(*, actor: Any, organisation_id: int | None) -> Organisation | None:
    """The organisation (one the actor edits) an EOI is sent for; None: the service picks the
    actor's only or first one."""
    if not organisation_id:
        return None
    org = organisations_of(actor, editable=True).filter(pk=organisation_id).first()
    if org is None:
        raise NotFound()
    return org


def broker_queue(*, actor: Any) -> QuerySet[Connection]:
    """EOIs waiting for a broker, oldest first (staff only; empty for others)."""
    if not is_staff(actor):
        return Connection.objects.none()
    return (
        visible_connections(actor)
        .filter(status=Status.BROKER_QUEUE)
        .select_related("profile", "owner_org", "requester_org")
        .order_by("created_at", "id")
    )


# --- the actor's role in a connection ---------------------------------------------------------


def side_of(actor: Any, connection: Connection) -> str | None:
    """ "owner", "requester", "staff" or None: in whose name the actor acts here."""
    org_ids = organisation_ids_of(actor)
    if connection.owner_org_id in org_ids and (
        not connection.brokered or connection.forwarded_at is not None
    ):
        return "owner"
    if connection.requester_org_id in org_ids:
        return "requester"
    if is_staff(actor):
        return "staff"
    return None


def can_edit_side(actor: Any, connection: Connection, side: str) -> bool:
    """Owners and editors act for their organisation (decide, record the pipeline)."""
    if side == "staff":
        return is_staff(actor)
    org_id = connection.owner_org_id if side == "owner" else connection.requester_org_id
    return org_id in organisation_ids_of(actor, editable=True)


def disclosed(connection: Connection) -> bool:
    """Both sides see each other's organisation and contact persons once accepted."""
    return connection.status == Status.ACCEPTED


def owner_visible(actor: Any, connection: Connection) -> bool:
    """Whether the actor may learn which organisation owns the connection's profile: a
    requester learns it for a blind profile only once the contact is accepted."""
    if side_of(actor, connection) != "requester":
        return True
    return disclosed(connection) or not connection.profile.is_blind


@dataclass(frozen=True)
class Contact:
    name: str
    job_title: str
    email: str
    phone: str
    organisation: str


def contacts_of(connection: Connection, *, actor: Any) -> list[Contact]:
    """The named contact persons of both organisations (owners and editors), only after
    acceptance (or for staff)."""
    if not (disclosed(connection) or is_staff(actor)):
        return []
    rows = (
        Membership.objects.filter(
            organisation_id__in=[connection.owner_org_id, connection.requester_org_id],
            role__in=[MemberRole.OWNER, MemberRole.EDITOR],
        )
        .select_related("user", "organisation")
        .order_by("organisation__name", "user__full_name")
    )
    return [
        Contact(
            name=m.user.display_name,
            job_title=m.user.job_title,
            email=m.user.email,
            phone=m.user.phone,
            organisation=m.organisation.name,
        )
        for m in rows
        if m.user.is_active
    ]


def messages_for(*, actor: Any, connection: Connection) -> QuerySet[Message]:
    """The conversation of a connection the actor may read (the caller got it from
    `connection_get_for`), with authors and attachments."""
    return (
        Message.objects.filter(connection=connection)
        .select_related("author", "author_org")
        .prefetch_related("attachments")
        .order_by("created_at", "id")
    )


def attachment_get_for(*, actor: Any, connection_id: Any, attachment_id: Any) -> MessageAttachment:
    connection = connection_get_for(actor=actor, connection_id=connection_id)
    try:
        pk = int(attachment_id)
    except (TypeError, ValueError):
        raise NotFound() from None
    attachment = MessageAttachment.objects.filter(pk=pk, message__connection=connection).first()
    if attachment is None:
        raise NotFound()
    return attachment


def nda_get_for(*, actor: Any, connection_id: Any) -> NdaStep:
    connection = connection_get_for(actor=actor, connection_id=connection_id)
    nda = NdaStep.objects.filter(connection=connection).first()
    if nda is None or not nda.document:
        raise NotFound()
    return nda


def contract_document_get_for(*, actor: Any, connection_id: Any) -> Contract:
    """The contract whose evidence document the actor may download (parties and staff)."""
    connection = connection_get_for(actor=actor, connection_id=connection_id)
    contract = Contract.objects.filter(connection=connection).first()
    if contract is None or not contract.document:
        raise NotFound()
    return contract


def verification_queue(*, actor: Any) -> QuerySet[Contract]:
    """Staff: the contracts of the connections they see that wait for verification or for a
    second approval (oldest first)."""
    if not is_staff(actor):
        return Contract.objects.none()
    waiting = Q(verified_at__isnull=True) | Q(approved_at__isnull=True)
    return (
        Contract.objects.filter(waiting, connection__in=visible_connections(actor))
        .select_related("connection__profile", "connection__owner_org", "connection__requester_org")
        .order_by("created_at", "id")
    )


def history_of(connection: Connection) -> QuerySet[StageChange]:
    return connection.changes.select_related("actor").order_by("at", "id")


def connection_for_profile(*, actor: Any, profile_id: int) -> Connection | None:
    """The actor's organisation's latest connection about a profile (for the profile page)."""
    org_ids = organisation_ids_of(actor)
    if not org_ids:
        return None
    return (
        Connection.objects.filter(profile_id=profile_id, requester_org_id__in=org_ids)
        .order_by("-created_at", "-id")
        .first()
    )


# --- what the profile page and the dashboard show of deals (deals.panels) -------------------


@dataclass(frozen=True)
class ContactOptions:
    """What a profile page offers the actor: the EOI form, or where their connection stands."""

    member: bool
    staff: bool
    owner_side: bool
    connection: Connection | None
    can_express: bool
    orgs: list[tuple[int, str]]  # on whose behalf (when the actor edits several)
    related: list[tuple[int, str]]  # own profiles the EOI may name


def contact_options(*, actor: Any, card: Any) -> ContactOptions:
    """The contact box of a profile card for the actor (a bounded number of queries)."""
    own_orgs = organisation_ids_of(actor) if is_member(actor) else set()
    editable = organisation_ids_of(actor, editable=True) if own_orgs else set()
    owner_side = card.can_edit or (card.owner is not None and card.owner.id in own_orgs)
    connection = None
    if own_orgs and not owner_side:
        connection = connection_for_profile(actor=actor, profile_id=card.id)
    can_express = (
        bool(editable)
        and not owner_side
        and card.status == ProfileStatus.PUBLISHED
        and (connection is None or connection.status == Status.DECLINED)
    )
    return ContactOptions(
        member=bool(own_orgs),
        staff=is_staff(actor),
        owner_side=owner_side,
        connection=connection,
        can_express=can_express,
        orgs=organisation_choices(editable) if can_express and len(editable) > 1 else [],
        related=relatable_profiles(organisation_ids=editable) if can_express else [],
    )


def connection_summary(*, actor: Any) -> dict[str, int]:
    """Counts for the member's dashboard: open connections, EOIs waiting for the actor's
    answer, unread messages."""
    if not is_member(actor):
        return {"open": 0, "waiting": 0, "unread": 0}
    rows = list(connection_list(actor=actor).values_list("status", "owner_org_id", "unread"))
    org_ids = organisation_ids_of(actor)
    return {
        "open": sum(1 for status, _o, _u in rows if status == Status.ACCEPTED),
        "waiting": sum(
            1 for status, owner, _u in rows if status == Status.PENDING and owner in org_ids
        ),
        "unread": sum(u or 0 for status, _o, u in rows if status == Status.ACCEPTED),
    }
