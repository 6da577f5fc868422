"""The course catalogue and the public certificate verification page."""

from __future__ import annotations

from django.db.models import Max, Min
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache

from techbridge.core.errors import RateLimited
from techbridge.training import codes, selectors, verification
from techbridge.training.forms import VerifyForm
from techbridge.training.models import EnrolmentStatus


def course_list(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    courses = selectors.course_list(actor=request.user).annotate(
        first=Min("sessions__starts_at"), last=Max("sessions__ends_at")
    )
    return render(
        request,
        "training/list.html",
        {
            "upcoming": courses.exclude(last__lt=now).order_by("first", "id"),
            "past": courses.filter(last__lt=now).order_by("-last")[:20],
            "can_manage": selectors.can_manage(request.user),
        },
    )


def course_detail(request: HttpRequest, slug: str) -> HttpResponse:
    course = selectors.course_get_for(actor=request.user, slug=slug)
    sessions = selectors.sessions_of(course)
    mine = []
    for enrolment in selectors.enrolment_list(actor=request.user, course=course).exclude(
        status__in=[EnrolmentStatus.CANCELLED, EnrolmentStatus.REJECTED]
    ):
        progress = selectors.progress_of(enrolment, selectors.marks_of(enrolment, sessions))
        mine.append((enrolment, progress, selectors.waiting_position(enrolment)))
    return render(
        request,
        "training/detail.html",
        {
            "course": course,
            "sessions": sessions,
            "mine": mine,
            "open": selectors.enrolment_open(course, timezone.now()),
            "can_manage": selectors.can_manage(request.user),
        },
    )


@never_cache
def verify(request: HttpRequest, code: str = "") -> HttpResponse:
    """Anybody checks a certificate's code: typed in the form, or from the QR code."""
    typed = code or request.GET.get("code", "")
    if typed and not code:  # a clean address for the result
        canonical = codes.normalise(typed)
        if canonical is not None:
            return redirect("training:verify_code", code=codes.display(canonical))
    form = VerifyForm({"code": typed} if typed else None)
    context = {"form": form, "checked": bool(typed), "cert": None}
    status = 200
    if typed:
        try:
            context["cert"] = verification.verify(typed, verification.client_address(request))
        except RateLimited as exc:
            context["limited"] = exc.message
            status = 429
        if context["cert"] is None and status == 200:
            status = 404
    return render(request, "training/verify.html", context, status=status)
