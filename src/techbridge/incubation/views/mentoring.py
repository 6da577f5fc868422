"""Mentoring pages: the mentors (staff name them), a mentor's free slots and booking, the
mentor's own office hours (publishing slots), and a booking (topic, notes, action items)."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.accounts.selectors import user_by_email
from techbridge.core.errors import DomainError, NotFound
from techbridge.incubation import selectors
from techbridge.incubation.forms.mentoring import BookingForm, MentorForm, NotesForm, SlotForm
from techbridge.incubation.models import ActionItem, Programme
from techbridge.incubation.selectors import mentoring as mentors
from techbridge.incubation.services import mentoring
from techbridge.incubation.views import act
from techbridge.incubation.views.review_manage import form_refusal_plain

TZ = {"centre_tz": settings.TIME_ZONE}


def _name_mentor(request: HttpRequest, form: MentorForm) -> bool:
    programme = Programme.objects.filter(slug=request.POST.get("programme", "")).first()
    user = user_by_email(form.cleaned_data["email"])
    try:
        if programme is None or user is None:
            raise DomainError(_("Choose a programme and an existing account."))
        mentoring.mentor_save(
            actor=request.user, programme=programme, user=user, data=form.cleaned_data
        )
    except DomainError as exc:
        form_refusal_plain(form, exc)
        return False
    return True


@login_required
def mentor_list(request: HttpRequest) -> HttpResponse:
    staff = selectors.can_manage(request.user)
    form = MentorForm(request.POST or None) if staff else None
    if form is not None and form.is_bound and form.is_valid() and _name_mentor(request, form):
        messages.success(request, _("Mentor saved."))
        return redirect("incubation:mentors")
    context = {
        "mentors": mentors.mentor_list(actor=request.user).order_by("programme", "pk"),
        "form": form,
        "programmes": Programme.objects.all() if staff else [],
        "mine": mentors.mentor_of(request.user),
        "bookings": mentors.booking_list(actor=request.user),
        **TZ,
    }
    return render(request, "incubation/mentoring/mentors.html", context)


@login_required
def mentor_detail(request: HttpRequest, pk: int) -> HttpResponse:
    mentor = mentors.mentor_get_for(actor=request.user, mentor_id=pk)
    company = mentors.my_companies(request.user).filter(cohort__programme=mentor.programme).first()
    form = BookingForm(request.POST or None)
    if request.method == "POST" and company is not None and form.is_valid():
        raw = request.POST.get("slot", "")
        slot = mentors.free_slot_get_for(
            actor=request.user, slot_id=int(raw) if raw.isdigit() else 0
        )
        try:
            booking = mentoring.booking_make(
                actor=request.user, slot=slot, company=company, topic=form.cleaned_data["topic"]
            )
        except DomainError as exc:
            form_refusal_plain(form, exc)
        else:
            messages.success(request, _("Booked. The mentor has been told."))
            return redirect("incubation:booking", pk=booking.pk)
    context = {"mentor": mentor, "slots": mentors.free_slots(mentor), "company": company,
               "form": form, **TZ}  # fmt: skip
    return render(request, "incubation/mentoring/mentor.html", context)


@login_required
def office_hours(request: HttpRequest) -> HttpResponse:
    """The actor's own office hours (as mentor of one or more programmes)."""
    mine = mentors.mentor_of(request.user)
    if not mine:
        raise NotFound()
    form = SlotForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        mentor = next((m for m in mine if str(m.pk) == request.POST.get("mentor")), mine[0])
        data = form.cleaned_data
        try:
            mentoring.slot_add(actor=request.user, mentor=mentor, starts_at=data["starts_at"],
                               ends_at=data["ends_at"], place=data["place"])  # fmt: skip
        except DomainError as exc:
            form_refusal_plain(form, exc)
        else:
            messages.success(request, _("Slot published."))
            return redirect("incubation:office_hours")
    slots = [
        (m, list(m.slots.order_by("-starts_at").prefetch_related("bookings")[:40])) for m in mine
    ]
    context = {"mine": mine, "slots": slots, "form": form, **TZ}
    return render(request, "incubation/mentoring/office_hours.html", context)


@login_required
def booking_detail(request: HttpRequest, pk: int) -> HttpResponse:
    booking = mentors.booking_get_for(actor=request.user, booking_id=pk)
    is_mentor = booking.slot.mentor.user_id == request.user.pk
    form = NotesForm(request.POST or None, initial={"notes": booking.notes}) if is_mentor else None
    if form is not None and form.is_bound and form.is_valid():
        done = act(
            request,
            lambda: mentoring.session_notes(actor=request.user, booking=booking,
                                            notes=form.cleaned_data["notes"], actions=form.actions()),
            _("Notes saved."),
        )  # fmt: skip
        if done:
            return redirect("incubation:booking", pk=booking.pk)
    context = {"booking": booking, "is_mentor": is_mentor, "form": form,
               "actions": booking.actions.all(), **TZ}  # fmt: skip
    return render(request, "incubation/mentoring/booking.html", context)


@login_required
@require_POST
def booking_action(request: HttpRequest, pk: int, what: str) -> HttpResponse:
    booking = mentors.booking_get_for(actor=request.user, booking_id=pk)
    if what == "cancel":
        act(request, lambda: mentoring.booking_cancel(actor=request.user, booking=booking),
            _("Booking cancelled."))  # fmt: skip
    elif what == "done":
        raw = request.POST.get("item", "")
        item = ActionItem.objects.filter(
            booking=booking, pk=int(raw) if raw.isdigit() else 0
        ).first()
        if item is None:
            raise NotFound()
        done = request.POST.get("done") == "1"
        act(request, lambda: mentoring.action_done(actor=request.user, item=item, done=done),
            _("Action item updated."))  # fmt: skip
    else:
        raise NotFound()
    return redirect("incubation:booking", pk=booking.pk)
