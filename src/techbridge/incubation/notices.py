"""Telling applicants about their applications, through the platform's one notification
pipeline: each recipient in their own language, e-mailed after commit (in-app only while
the demo loads). Applicants are never told who reviewed them or how each reviewer scored."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _

from techbridge.accounts.models import Membership
from techbridge.core.i18n import join_list
from techbridge.incubation.models import Application
from techbridge.notifications.services import Delivery, notify_users

_delivery: ContextVar[Delivery] = ContextVar("incubation_delivery", default=Delivery.NOW)


@contextmanager
def in_app_only() -> Iterator[None]:
    token = _delivery.set(Delivery.NONE)
    try:
        yield
    finally:
        _delivery.reset(token)


def _members(application: Application) -> list[int]:
    rows = Membership.objects.filter(organisation_id=application.organisation_id)
    return list(rows.values_list("user_id", flat=True))


def tell_applicant(application: Application, *, title: object, body: object = "") -> None:
    ids = _members(application)
    if ids:
        notify_users(
            user_ids=ids,
            kind="incubation.application",
            title=title,  # type: ignore[arg-type]
            body=body,  # type: ignore[arg-type]
            url=reverse("incubation:application", args=[application.pk]),
            email=_delivery.get(),
        )


def submitted(application: Application) -> None:
    call = application.call
    tell_applicant(
        application,
        title=lambda: _("Application %(ref)s received") % {"ref": application.reference},
        body=lambda: (
            _("Your application to “%(call)s” is submitted; we will tell you the outcome.")
            % {"call": call.title}
        ),
    )


def ineligible(application: Application) -> None:
    tell_applicant(
        application,
        title=lambda: _("Application %(ref)s: not eligible") % {"ref": application.reference},
        body=lambda: reasons(application),
    )


def reasons(application: Application) -> str:
    """Why the screen refused, in the active language (from the questions' own texts)."""
    failed = [
        q.reason
        for q in application.call.questions.all()
        if q.key in application.eligibility and application.eligibility[q.key] != q.expected
    ]
    return join_list(failed, style="sentences") or application.ineligible_reason


def _letter(outcome: str, call: str, rnd: str) -> str:
    texts = {
        "advanced": _(
            "Your application to “%(call)s” goes on to the next round after “%(round)s”."
        ),
        "accepted": _(
            "We are glad to tell you that your application to “%(call)s” is accepted. "
            "Welcome to the programme: your cohort page and your company file are open."
        ),
        "waitlisted": _(
            "Your application to “%(call)s” is on the waiting list: we will write to you as "
            "soon as a place opens."
        ),
        "declined": _(
            "We are sorry: your application to “%(call)s” has not been selected after "
            "“%(round)s”. Thank you for applying."
        ),
    }
    return texts[outcome] % {"call": call, "round": rnd}


def decision(application: Application, outcome: str, *, rnd: Any, feedback: str = "") -> None:
    """The decision letter, in each recipient's language (the call's and the round's names
    too); the manager's feedback is appended as written. Never a reviewer's name or score."""

    def title() -> str:
        labels = {
            "advanced": _("Application %(ref)s: on to the next round"),
            "accepted": _("Application %(ref)s: accepted"),
            "waitlisted": _("Application %(ref)s: on the waiting list"),
            "declined": _("Application %(ref)s: not selected"),
        }
        return labels[outcome] % {"ref": application.reference}

    def body() -> str:
        text = _letter(outcome, application.call.title, rnd.name)
        if feedback:
            text += "\n\n" + _("Feedback from the programme:") + "\n" + feedback
        return text

    tell_applicant(application, title=title, body=body)
