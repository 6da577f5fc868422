"""Members: enrol people of their organisation, follow their courses, print badges and
certificates, read and export CPD ledgers."""

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

from techbridge.accounts.models import User
from techbridge.accounts.selectors import organisation_get_for, organisations_of
from techbridge.core.errors import DomainError, NotFound
from techbridge.events.pdf import qr_png
from techbridge.training import exports, pdf, selectors, services
from techbridge.training.forms import EnrolmentForm, InvoiceForm
from techbridge.training.views import CSV, PDF, XLSX, act, download, form_refusal


def _members(organisation: Any) -> list[Any]:
    return list(
        User.objects.filter(memberships__organisation=organisation, is_active=True).order_by(
            "full_name", "email"
        )[:500]
    )


@login_required
def enrol(request: HttpRequest, slug: str) -> HttpResponse:
    course = selectors.course_get_for(actor=request.user, slug=slug)
    orgs = list(organisations_of(request.user))
    if not orgs:
        messages.info(request, _("Register your organisation first, then enrol its people."))
        return redirect("accounts:organisation_create")
    org = next((o for o in orgs if o.slug == request.GET.get("org")), orgs[0])
    initial = selectors.last_invoice_details(actor=request.user, organisation_id=org.pk)
    form = EnrolmentForm(
        request.POST or None,
        initial=initial,
        actor=request.user,
        members=_members(org),
        course=course,
    )
    if request.method == "POST" and form.is_valid():
        try:
            enrolment = services.enrolment_create(
                actor=request.user, course=course, organisation=org, data=form.cleaned_data
            )
        except DomainError as exc:
            form_refusal(form, exc)
        else:
            messages.success(
                request,
                _("%(name)s is enrolled: %(status)s.")
                % {"name": enrolment.name, "status": enrolment.get_status_display()},
            )
            return redirect("training:enrolment", pk=enrolment.pk)
    return render(
        request,
        "training/enrol.html",
        {"course": course, "form": form, "orgs": orgs, "org": org},
    )


@login_required
def my_courses(request: HttpRequest) -> HttpResponse:
    enrolments = list(selectors.my_enrolments(actor=request.user)[:200])
    return render(request, "training/mine.html", {"enrolments": enrolments})


@login_required
def enrolment_detail(request: HttpRequest, pk: int) -> HttpResponse:
    enrolment = selectors.enrolment_get_for(actor=request.user, enrolment_id=pk)
    marks = selectors.marks_of(enrolment)
    return render(
        request,
        "training/enrolment.html",
        {
            "enrolment": enrolment,
            "course": enrolment.course,
            "marks": marks,
            "progress": selectors.progress_of(enrolment, marks),
            "certificate": selectors.certificate_for(actor=request.user, enrolment=enrolment),
            "position": selectors.waiting_position(enrolment),
            "can_manage": selectors.can_manage(request.user),
        },
    )


@login_required
@require_POST
def enrolment_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    enrolment = selectors.enrolment_get_for(actor=request.user, enrolment_id=pk)
    act(
        request,
        lambda: services.enrolment_cancel(actor=request.user, enrolment=enrolment),
        _("The enrolment of %(name)s is cancelled.") % {"name": enrolment.name},
    )
    return redirect("training:enrolment", pk=pk)


@login_required
def enrolment_invoice(request: HttpRequest, pk: int) -> HttpResponse:
    enrolment = selectors.enrolment_get_for(actor=request.user, enrolment_id=pk)
    fields = InvoiceForm.base_fields
    form = InvoiceForm(request.POST or None, initial={k: getattr(enrolment, k) for k in fields})
    if request.method == "POST" and form.is_valid():
        try:
            services.enrolment_update_invoice(
                actor=request.user, enrolment=enrolment, data=form.cleaned_data
            )
        except DomainError as exc:
            form_refusal(form, exc)
        else:
            messages.success(request, _("The invoice details are saved."))
            return redirect("training:enrolment", pk=pk)
    return render(request, "training/invoice.html", {"enrolment": enrolment, "form": form})


def _checkin_url(request: HttpRequest, enrolment: Any) -> str:
    return request.build_absolute_uri(reverse("training:checkin", args=[enrolment.checkin_code]))


@login_required
def badge(request: HttpRequest, pk: int) -> HttpResponse:
    enrolment = selectors.enrolment_get_for(actor=request.user, enrolment_id=pk)
    if not enrolment.is_confirmed:
        raise NotFound()
    content = pdf.badge_pdf(enrolment, _checkin_url(request, enrolment))
    return download(content, f"badge-{enrolment.course.slug}-{enrolment.pk}.pdf", PDF)


@login_required
def badge_qr(request: HttpRequest, pk: int) -> HttpResponse:
    """The check-in QR code as an image, to show from a phone."""
    enrolment = selectors.enrolment_get_for(actor=request.user, enrolment_id=pk)
    if not enrolment.is_confirmed:
        raise NotFound()
    response = HttpResponse(qr_png(_checkin_url(request, enrolment)).getvalue(), "image/png")
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def certificate_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    enrolment = selectors.enrolment_get_for(actor=request.user, enrolment_id=pk)
    cert = selectors.certificate_for(actor=request.user, enrolment=enrolment)
    if cert is None or not cert.is_valid:
        raise NotFound()
    url = request.build_absolute_uri(reverse("training:verify_code", args=[cert.display_code]))
    return download(pdf.certificate_pdf(cert, url), f"certificate-{cert.code}.pdf", PDF)


def _year(request: HttpRequest) -> int | None:
    value = request.GET.get("year", "")
    return int(value) if value.isdigit() and 1900 < int(value) < 2200 else None


@login_required
def cpd_ledger(request: HttpRequest) -> HttpResponse:
    """My CPD ledger; `?org=<key>` an organisation's people (its members, staff); `?all=1`
    everybody (staff). `?format=csv|xlsx` exports the rows shown."""
    org = None
    slug = request.GET.get("org", "")
    if slug:
        org = next((o for o in organisations_of(request.user) if o.slug == slug), None)
        if org is None and selectors.can_manage(request.user):
            org = organisation_get_for(actor=request.user, slug=slug)
        if org is None:
            raise NotFound()
    scope: dict[str, Any] = {"organisation_id": org.pk} if org else {"user": request.user}
    if request.GET.get("all") == "1" and selectors.can_manage(request.user):
        scope = {}
    certificates = list(
        selectors.ledger_certificates(actor=request.user, year=_year(request), **scope)
    )
    fmt = request.GET.get("format", "")
    if fmt in ("csv", "xlsx"):
        return _ledger_file(fmt, certificates)
    return render(
        request,
        "training/cpd.html",
        {
            "years": selectors.ledger_by_year(certificates),
            "org": org,
            "orgs": organisations_of(request.user),
            "everybody": not scope,
            "year": _year(request),
            "query": request.GET.urlencode(),
        },
    )


def _ledger_file(fmt: str, certificates: list[Any]) -> HttpResponse:
    header, rows = exports.ledger_header(), exports.ledger_rows(certificates)
    stamp = timezone.localdate().isoformat()
    if fmt == "csv":
        return download(exports.as_csv(header, rows), f"cpd-{stamp}.csv", CSV)
    return download(exports.as_xlsx("CPD", header, rows), f"cpd-{stamp}.xlsx", XLSX)
