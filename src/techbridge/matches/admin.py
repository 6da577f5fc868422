"""The staff back office for matches and the feedback members gave."""

from __future__ import annotations

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from techbridge.matches.models import Match, MatchFeedback, MatchingState


@admin.register(Match)
class MatchAdmin(SimpleHistoryAdmin):
    list_display = (
        "id",
        "request",
        "offer",
        "partner_org",
        "score",
        "request_status",
        "partner_status",
        "created_at",
    )
    list_filter = ("request_status", "partner_status", "engine", "created_at")
    search_fields = ("request__title", "offer__title", "partner_org__name")
    raw_id_fields = ("request", "offer", "partner_org")
    readonly_fields = ("score", "components", "explanation", "engine", "created_at", "updated_at")


@admin.register(MatchFeedback)
class MatchFeedbackAdmin(admin.ModelAdmin):
    list_display = ("id", "match", "organisation", "useful", "reason", "score", "created_at")
    list_filter = ("useful", "reason", "created_at")
    search_fields = ("organisation__name", "comment", "counterpart_ref")
    raw_id_fields = ("match", "organisation", "user")


@admin.register(MatchingState)
class MatchingStateAdmin(admin.ModelAdmin):
    list_display = ("profile", "computed_at", "engine")
    list_filter = ("engine",)
    search_fields = ("profile__title",)
    raw_id_fields = ("profile",)
