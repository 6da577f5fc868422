"""The back office for events: organisers edit events, programme and slots here."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from techbridge.events.models import (
    AvailabilityWindow,
    Event,
    Meeting,
    MeetingFeedback,
    MeetingRequest,
    MeetingSlot,
    Participant,
    ProgrammeSession,
    ScheduleRun,
)


class ProgrammeInline(admin.TabularInline):
    model = ProgrammeSession
    extra = 0


@admin.register(Event)
class EventAdmin(SimpleHistoryAdmin):
    list_display = ["slug", "title_en", "type", "starts_at", "visibility", "b2b_enabled"]
    list_filter = ["type", "visibility", "b2b_enabled", "requires_approval"]
    search_fields = ["slug", "title_en", "title_zh", "venue", "city"]
    inlines = [ProgrammeInline]


@admin.register(MeetingSlot)
class MeetingSlotAdmin(admin.ModelAdmin):
    list_display = ["event", "session", "starts_at", "ends_at"]
    list_filter = ["event", "session"]
    search_fields = ["session", "event__slug"]


class AvailabilityInline(admin.TabularInline):
    model = AvailabilityWindow
    extra = 0


@admin.register(Participant)
class ParticipantAdmin(SimpleHistoryAdmin):
    list_display = ["name", "organisation", "event", "status", "needs_interpreter", "checked_in_at"]
    list_filter = [
        "event",
        "status",
        "needs_interpreter",
        "blocks_requests",
        "organisation__country",
    ]
    search_fields = ["name", "email", "organisation__name", "organisation__name_alt"]
    raw_id_fields = ["organisation", "user", "registered_by", "event"]
    readonly_fields = ["checkin_code", "feed_token"]
    filter_horizontal = ["profiles"]
    inlines = [AvailabilityInline]


@admin.register(MeetingRequest)
class MeetingRequestAdmin(admin.ModelAdmin):
    list_display = ["requester", "recipient", "event", "status", "created_at", "expires_at"]
    list_filter = ["event", "status"]
    search_fields = ["requester__name", "recipient__name", "message"]
    raw_id_fields = ["requester", "recipient", "event", "created_by"]


@admin.register(Meeting)
class MeetingAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "event", "status", "slot", "table", "announced", "attendance"]
    list_filter = ["event", "status", "announced", "attendance"]
    search_fields = ["a__name", "b__name", "a__organisation__name", "b__organisation__name"]
    raw_id_fields = ["a", "b", "event", "request", "slot", "no_show_participant", "created_by"]


@admin.register(MeetingFeedback)
class MeetingFeedbackAdmin(admin.ModelAdmin):
    list_display = ["meeting", "participant", "rating", "outcome", "created_at"]
    list_filter = ["outcome", "rating"]
    search_fields = ["participant__name", "comment"]
    raw_id_fields = ["meeting", "participant", "created_by"]


@admin.register(ScheduleRun)
class ScheduleRunAdmin(admin.ModelAdmin):
    list_display = ["event", "status", "time_limit", "allow_moves", "created_at", "finished_at"]
    list_filter = ["event", "status"]
    search_fields = ["event__slug", "message"]
