"""The home page, the member's dashboard and notifications."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from techbridge.accounts.selectors import organisations_of
from techbridge.core.mail import outbox_dir, outbox_list
from techbridge.core.pagination import page_of
from techbridge.notifications.models import Notification
from techbridge.notifications.services import notification_mark_read
from techbridge.profiles.selectors import headline_figures, present_many, public_profile_list


def home(request: HttpRequest) -> HttpResponse:
    latest = public_profile_list(actor=request.user).order_by("-published_at", "-id")
    return render(
        request,
        "web/home.html",
        {
            "figures": headline_figures(),
            "offers": present_many(latest.filter(kind="offer")[:6], actor=request.user),
            "requests": present_many(latest.filter(kind="request")[:6], actor=request.user),
        },
    )


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    orgs = organisations_of(request.user)
    notifications = Notification.objects.filter(user=request.user)[:8]
    return render(
        request,
        "web/dashboard.html",
        {
            "orgs": orgs,
            "notifications": notifications,
        },
    )


@login_required
def notifications(request: HttpRequest) -> HttpResponse:
    page = page_of(Notification.objects.filter(user=request.user), request.GET.get("page"), 30)
    return render(request, "web/notifications.html", {"page": page})


@login_required
@require_POST
def notifications_read(request: HttpRequest) -> HttpResponse:
    raw = request.POST.get("id")
    notification_mark_read(
        user=request.user, notification_id=int(raw) if raw and raw.isdigit() else None
    )
    return redirect("web:notifications")


def outbox(request: HttpRequest) -> HttpResponse:
    """Demo mode only (`TECHBRIDGE_OUTBOX` set): the mails sent, so that a visitor trying the
    platform can open the link of a verification e-mail. Absent in production."""
    if outbox_dir() is None:
        raise Http404
    return render(request, "web/outbox.html", {"mails": outbox_list()})
