"""Meeting rooms: the rooms, a room's day in 30-minute slots, booking and cancelling."""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.core.errors import DomainError, NotFound
from techbridge.domiciliation import selectors
from techbridge.domiciliation.forms.mail import BookingForm
from techbridge.domiciliation.models import BookingStatus
from techbridge.domiciliation.services import rooms as room_services
from techbridge.domiciliation.views import act, refuse_on_form


def _day(request: HttpRequest) -> date:
    try:
        return date.fromisoformat(request.GET.get("day", "")[:10])
    except ValueError:
        return timezone.localdate()


@login_required
def rooms(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    listed = selectors.rooms_for(actor=request.user, today=today)
    bookings = selectors.bookings_of(actor=request.user).filter(
        status=BookingStatus.CONFIRMED, ends_at__gte=timezone.now()
    )[:50]
    return render(
        request, "domiciliation/rooms.html", {"rooms": listed, "bookings": bookings, "day": today}
    )


@login_required
def room_detail(request: HttpRequest, pk: int) -> HttpResponse:
    today = timezone.localdate()
    room = selectors.rooms_for(actor=request.user, today=today).filter(pk=pk).first()
    if room is None:
        raise NotFound()
    day = _day(request)
    form = BookingForm(request.POST or None, initial={"day": day})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            room_services.booking_create(
                actor=request.user,
                room=room,
                starts_at=data["starts_at"],
                ends_at=data["ends_at"],
                title=data["title"],
                attendees=data["attendees"],
            )
        except DomainError as exc:
            refuse_on_form(form, exc)
        else:
            messages.success(request, _("The room is booked."))
            return redirect(f"{request.path}?day={data['day'].isoformat()}")
    return render(
        request,
        "domiciliation/room.html",
        {
            "room": room,
            "day": day,
            "slots": selectors.day_schedule(actor=request.user, room=room, day=day),
            "form": form,
            "can_book": selectors.can_book(actor=request.user, today=today) is not None,
        },
    )


@login_required
@require_POST
def booking_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    booking = selectors.booking_get_for(actor=request.user, booking_id=pk)
    act(
        request,
        lambda: room_services.booking_cancel(actor=request.user, booking=booking),
        _("The booking is cancelled."),
    )
    return redirect("domiciliation:rooms")
