"""Saved views of the staff queue: a staff member names the filters they use often (and may
share them with every staff member); only the owner changes or deletes a view."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import User
from techbridge.accounts.selectors import is_staff
from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.desk.forms import queue_filters
from techbridge.desk.models import QueueView

MAX_VIEWS = 30


@transaction.atomic
def queue_view_save(
    *, actor: User, name: str, filters: Mapping[str, Any], shared: bool = False
) -> QueueView:
    """Save the filters under `name` (the actor's view of that name is replaced)."""
    if not is_staff(actor):
        raise PermissionDenied()
    name = str(name or "").replace("\x00", "").strip()[:80]
    if not name:
        raise ValidationFailed(fields={"name": [str(_("Give the view a name."))]})
    clean = queue_filters(filters)
    view = QueueView.objects.select_for_update().filter(owner=actor, name=name).first()
    if view is not None:
        view.filters = clean
        view.shared = bool(shared)
        view.save(update_fields=["filters", "shared"])
        return view
    if QueueView.objects.filter(owner=actor).count() >= MAX_VIEWS:
        raise ValidationFailed(
            fields={"name": [str(_("At most %(n)d saved views: delete one first.")) % {"n": MAX_VIEWS}]}
        )  # fmt: skip
    try:
        with transaction.atomic():
            return QueueView.objects.create(
                owner=actor, name=name, filters=clean, shared=bool(shared)
            )
    except IntegrityError:
        raise Conflict(_("A view of this name was saved meanwhile: reload the page.")) from None


@transaction.atomic
def queue_view_delete(*, actor: User, view: QueueView) -> None:
    """The owner deletes their view."""
    if view.owner_id != actor.pk:
        raise PermissionDenied(_("Only the person who saved a view can delete it."))
    QueueView.objects.filter(pk=view.pk).delete()
