"""The organisers' pages (staff): courses and sessions, enrolments and fees, attendance
sheets, the badge check-in, certificates."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.core.errors import DomainError, NotFound, PermissionDenied
from techbridge.training import exports, pdf, selectors, services
from techbridge.training.forms import (
    CourseForm,
    PaymentForm,
    RevokeForm,
    SessionForm,
    course_initial,
    sheet_marks,
)
from techbridge.training.models import AttendanceStatus, EnrolmentStatus
from techbridge.training.views import CSV, PDF, XLSX, act, download, form_refusal


@login_required
def course_list(request: HttpRequest) -> HttpResponse:
    courses = selectors.courses_with_counts(actor=request.user)
    return render(request, "training/manage/list.html", {"courses": courses})


@login_required
def course_edit(request: HttpRequest, slug: str = "") -> HttpResponse:
    """A new course (no slug) or a course's settings."""
    if not selectors.can_manage(request.user):
        raise PermissionDenied()
    course = selectors.course_get_managed(actor=request.user, slug=slug) if slug else None
    initial = course_initial(course) if course else None
    form = CourseForm(request.POST or None, initial=initial, course=course)
    if request.method == "POST" and form.is_valid():
        try:
            if course is None:
                course = services.course_create(actor=request.user, data=form.cleaned_data)
            else:
                course = services.course_update(
                    actor=request.user, course=course, data=form.cleaned_data
                )
        except DomainError as exc:
            form_refusal(form, exc)
        else:
            messages.success(request, _("The course is saved."))
            return redirect("training:manage_course", slug=course.slug)
    return render(request, "training/manage/course_form.html", {"course": course, "form": form})


@login_required
def course_manage(request: HttpRequest, slug: str) -> HttpResponse:
    course = selectors.course_get_managed(actor=request.user, slug=slug)
    roster = selectors.course_roster(actor=request.user, course=course)
    return render(
        request,
        "training/manage/course.html",
        {
            "course": course,
            "sessions": selectors.sessions_of(course),
            "roster": roster,
            "waiting": [e for e in roster if e.status == EnrolmentStatus.WAITLISTED],
            "certificates": selectors.certificates_issued(actor=request.user, course=course),
        },
    )


@login_required
def session_edit(request: HttpRequest, slug: str, pk: int | None = None) -> HttpResponse:
    course = selectors.course_get_managed(actor=request.user, slug=slug)
    session = (
        selectors.session_get_managed(actor=request.user, course=course, session_id=pk)
        if pk
        else None
    )
    initial = None
    if session is not None:
        start, end = session.starts_at.astimezone(course.tz), session.ends_at.astimezone(course.tz)
        initial = {
            "day": start.date(), "start": start.time(), "end": end.time(),
            "title_en": session.title_en, "title_zh": session.title_zh, "room": session.room,
            "online_url": session.online_url, "trainer": session.trainer,
        }  # fmt: skip
    form = SessionForm(request.POST or None, initial=initial, course=course)
    if request.method == "POST" and form.is_valid():
        try:
            if session is None:
                services.session_add(actor=request.user, course=course, data=form.cleaned_data)
            else:
                services.session_update(actor=request.user, session=session, data=form.cleaned_data)
        except DomainError as exc:
            form_refusal(form, exc)
        else:
            messages.success(request, _("The session is saved."))
            return redirect("training:manage_course", slug=course.slug)
    return render(
        request,
        "training/manage/session_form.html",
        {"course": course, "session": session, "form": form},
    )


@login_required
@require_POST
def session_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    course = selectors.course_get_managed(actor=request.user, slug=slug)
    session = selectors.session_get_managed(actor=request.user, course=course, session_id=pk)
    act(
        request,
        lambda: services.session_delete(actor=request.user, session=session),
        _("The session is removed."),
    )
    return redirect("training:manage_course", slug=course.slug)


@login_required
def attendance_sheet(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    course = selectors.course_get_managed(actor=request.user, slug=slug)
    session = selectors.session_get_managed(actor=request.user, course=course, session_id=pk)
    rows = selectors.attendance_sheet(actor=request.user, session=session)
    errors: dict[str, str] = {}
    if request.method == "POST":
        if request.POST.get("action") == "absent":
            act(
                request,
                lambda: services.session_mark_missing_absent(actor=request.user, session=session),
                _("Everyone without a mark is marked absent."),
            )
            return redirect("training:sheet", slug=slug, pk=pk)
        marks, errors = sheet_marks(request.POST, [e.pk for e, _m in rows])
        if not errors:
            saved = act(
                request,
                lambda: services.attendance_sheet_save(
                    actor=request.user, session=session, marks=marks
                ),
                _("The attendance is saved."),
            )
            if saved is not None:
                return redirect("training:sheet", slug=slug, pk=pk)
    return render(
        request,
        "training/manage/sheet.html",
        {
            "course": course,
            "session": session,
            "rows": rows,
            "errors": errors,
            "statuses": AttendanceStatus.choices,
        },
    )


@login_required
def checkin(request: HttpRequest, code: str) -> HttpResponse:
    """The QR code on a badge opens this page; staff check the person in at the session
    open now (or at the session they choose)."""
    enrolment = selectors.checkin_target(actor=request.user, code=code)
    course = enrolment.course
    if request.method == "POST":
        session = None
        if request.POST.get("session", "").isdigit():
            session = selectors.session_get_managed(
                actor=request.user, course=course, session_id=int(request.POST["session"])
            )
        result = act(
            request,
            lambda: services.checkin_scan(actor=request.user, enrolment=enrolment, session=session),
            _("%(name)s is checked in.") % {"name": enrolment.name},
        )
        if result is not None and result.certificate is not None:
            messages.success(request, _("The course is completed: the certificate is issued."))
        return redirect("training:checkin", code=code)
    marks = selectors.marks_of(enrolment)
    return render(
        request,
        "training/manage/checkin.html",
        {
            "enrolment": enrolment,
            "course": course,
            "marks": marks,
            "progress": selectors.progress_of(enrolment, marks),
            "open_session": selectors.open_session(course, timezone.now()),
        },
    )


@login_required
@require_POST
def enrolment_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    enrolment = selectors.enrolment_get_managed(actor=request.user, enrolment_id=pk)
    calls = {
        "approve": (services.enrolment_approve, _("%(name)s is confirmed.")),
        "reject": (services.enrolment_reject, _("The enrolment of %(name)s is rejected.")),
        "cancel": (services.enrolment_cancel, _("The enrolment of %(name)s is cancelled.")),
    }
    if action not in calls:
        raise NotFound()
    call, ok = calls[action]
    act(
        request,
        lambda: call(actor=request.user, enrolment=enrolment),
        ok % {"name": enrolment.name},
    )
    return redirect("training:manage_course", slug=enrolment.course.slug)


@login_required
def payment(request: HttpRequest, pk: int) -> HttpResponse:
    enrolment = selectors.enrolment_get_managed(actor=request.user, enrolment_id=pk)
    form = PaymentForm(
        request.POST or None,
        initial={
            "fee_status": enrolment.fee_status,
            "paid_on": enrolment.paid_on,
            "reference": enrolment.payment_reference,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.enrolment_record_payment(
                actor=request.user, enrolment=enrolment, **form.cleaned_data
            )
        except DomainError as exc:
            form_refusal(form, exc)
        else:
            messages.success(request, _("The fee is recorded."))
            return redirect("training:manage_course", slug=enrolment.course.slug)
    return render(request, "training/manage/payment.html", {"enrolment": enrolment, "form": form})


def _checkin_url(request: HttpRequest, enrolment: Any) -> str:
    return request.build_absolute_uri(reverse("training:checkin", args=[enrolment.checkin_code]))


@login_required
def badges(request: HttpRequest, slug: str) -> HttpResponse:
    """Every confirmed person's badge, one per page."""
    course = selectors.course_get_managed(actor=request.user, slug=slug)
    people = [e for e in selectors.course_roster(actor=request.user, course=course)
              if e.is_confirmed]  # fmt: skip
    rows = [(pdf.badge_holder(e), _checkin_url(request, e)) for e in people]
    return download(pdf.badges_for(course, rows), f"badges-{course.slug}.pdf", PDF)


@login_required
def roster_export(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    """Enrolments with fees and invoice details, for the finance office."""
    if fmt not in ("csv", "xlsx"):
        raise NotFound()
    course = selectors.course_get_managed(actor=request.user, slug=slug)
    roster = selectors.course_roster(actor=request.user, course=course)
    header, rows = exports.roster_header(), exports.roster_rows(roster)
    if fmt == "csv":
        return download(exports.as_csv(header, rows), f"enrolments-{slug}.csv", CSV)
    return download(exports.as_xlsx(slug, header, rows), f"enrolments-{slug}.xlsx", XLSX)


@login_required
@require_POST
def evaluate(request: HttpRequest, slug: str) -> HttpResponse:
    course = selectors.course_get_managed(actor=request.user, slug=slug)
    act(
        request,
        lambda: services.course_evaluate(actor=request.user, course=course),
        _("The completion rule is applied again."),
    )
    return redirect("training:manage_course", slug=slug)


@login_required
@require_POST
def certificate_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    cert = selectors.certificate_get_managed(actor=request.user, certificate_id=pk)
    form = RevokeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say why the certificate is revoked."))
    else:
        act(
            request,
            lambda: services.certificate_revoke(
                actor=request.user, certificate=cert, reason=form.cleaned_data["reason"]
            ),
            _("The certificate is revoked."),
        )
    return redirect("training:manage_course", slug=cert.enrolment.course.slug)
