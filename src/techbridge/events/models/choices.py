"""The events' vocabularies: types, visibility, registration, request, meeting, attendance,
outcome, programme session and scheduler-run states."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventType(models.TextChoices):
    CONVENTION = "convention", _("Convention")
    MATCHMAKING = "matchmaking", _("Matchmaking event")
    TRAINING = "training", _("Training")
    SEMINAR = "seminar", _("Seminar")
    CONFERENCE = "conference", _("Conference")


class EventVisibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    MEMBERS = "members", _("Members only")
    HIDDEN = "hidden", _("Hidden (staff only)")


class RegistrationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for approval")
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")
    REJECTED = "rejected", _("Rejected")


# Registrations that hold a seat.
SEATED = (RegistrationStatus.PENDING, RegistrationStatus.CONFIRMED)


class RequestStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    EXPIRED = "expired", _("Expired")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class MeetingStatus(models.TextChoices):
    ACTIVE = "active", _("Confirmed")
    CANCELLED = "cancelled", _("Cancelled")


class Attendance(models.TextChoices):
    UNKNOWN = "", _("Not recorded")
    HELD = "held", _("Held")
    NO_SHOW = "no_show", _("No-show")


class Outcome(models.TextChoices):
    NO_INTEREST = "no_interest", _("No interest")
    FOLLOW_UP = "follow_up", _("Follow-up")
    INTENTION = "intention", _("Cooperation intention")


class SessionKind(models.TextChoices):
    TALK = "talk", _("Talk")
    FORUM = "forum", _("Forum")
    CEREMONY = "ceremony", _("Ceremony")
    WORKSHOP = "workshop", _("Workshop")
    B2B = "b2b", _("B2B meetings")
    BREAK = "break", _("Break")


class RunStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")
    # A repair waits for the organiser: its change list is announced or discarded.
    PROPOSED = "proposed", _("Waiting for the organiser")
    APPLIED = "applied", _("Announced")
    DISCARDED = "discarded", _("Discarded")


class RunKind(models.TextChoices):
    SOLVE = "solve", _("Schedule")
    REPAIR = "repair", _("Repair")
