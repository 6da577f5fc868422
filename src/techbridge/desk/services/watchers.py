"""Watchers of a case: people told about its events besides the requester and the assignee.

Who may be a watcher: the centre's staff (told as staff, internal notes included) and the
people of the case's organisation (told as the client). Staff add or remove anyone of
either kind; the client's people add or remove themselves and their colleagues, never the
centre's staff. Each change is kept in the case's history (internal when the watcher is
staff); the person added by someone else is told."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import Membership, User
from techbridge.accounts.selectors import is_staff, organisation_ids_of
from techbridge.core.errors import PermissionDenied, ValidationFailed
from techbridge.desk import notices
from techbridge.desk.models import Case, EventKind
from techbridge.desk.services.history import lock_case, record

MAX_WATCHERS = 50


def may_watch(user: User, case: Case) -> bool:
    """Staff, or a person of the case's organisation."""
    if not user.is_active:
        return False
    if is_staff(user):
        return True
    return Membership.objects.filter(user=user, organisation_id=case.organisation_id).exists()


def _check_actor(actor: User, case: Case, user: User) -> None:
    if is_staff(actor):
        return
    if case.organisation_id not in organisation_ids_of(actor):
        raise PermissionDenied()
    if is_staff(user):
        raise PermissionDenied(
            _("Only the centre's staff choose who follows a case for the centre.")
        )


@transaction.atomic
def case_watch(
    *, actor: User, case: Case, user: User | None = None, now: datetime | None = None
) -> Case:
    """Add `user` (the actor when None) to the case's watchers."""
    user = user or actor
    _check_actor(actor, case, user)
    if not may_watch(user, case):
        raise ValidationFailed(
            fields={"user": [str(_("Only the centre's staff and the people of the organisation can follow this case."))]}
        )  # fmt: skip
    locked = lock_case(case)
    if locked.watchers.filter(pk=user.pk).exists():
        return locked
    if locked.watchers.count() >= MAX_WATCHERS:
        raise ValidationFailed(
            fields={"user": [str(_("At most %(n)d people can follow a case.")) % {"n": MAX_WATCHERS}]}
        )  # fmt: skip
    locked.watchers.add(user)
    record(locked, actor, EventKind.WATCHERS, new=f"+ {user.display_name}",
           internal=is_staff(user), now=now or timezone.now())  # fmt: skip
    if user.pk != actor.pk:
        notices.tell_users(
            locked,
            [user.pk],
            kind="desk.watch",
            title=lambda: (
                _("You now follow %(number)s: %(subject)s")
                % {"number": locked.number, "subject": locked.subject}
            ),
        )
    return locked


@transaction.atomic
def case_unwatch(
    *, actor: User, case: Case, user: User | None = None, now: datetime | None = None
) -> Case:
    """Remove `user` (the actor when None) from the case's watchers (nothing when absent)."""
    user = user or actor
    _check_actor(actor, case, user)
    locked = lock_case(case)
    if not locked.watchers.filter(pk=user.pk).exists():
        return locked
    locked.watchers.remove(user)
    record(locked, actor, EventKind.WATCHERS, old=user.display_name, new=f"- {user.display_name}",
           internal=is_staff(user), now=now or timezone.now())  # fmt: skip
    return locked
