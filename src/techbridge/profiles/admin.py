from typing import Any

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from techbridge.core.errors import DomainError
from techbridge.profiles import services
from techbridge.profiles.forms import RejectForm
from techbridge.profiles.models import ProfileAttachment, TechnologyProfile


def _refused(profile: Any, exc: DomainError) -> str:
    return _("%(profile)s: %(reason)s") % {"profile": profile, "reason": exc.message}


class AttachmentInline(admin.TabularInline):
    model = ProfileAttachment
    extra = 0
    readonly_fields = ["filename", "content_type", "size", "uploaded_by", "created_at"]
    fields = readonly_fields


@admin.register(TechnologyProfile)
class TechnologyProfileAdmin(SimpleHistoryAdmin):
    list_display = [
        "title",
        "kind",
        "language",
        "organisation",
        "status",
        "visibility",
        "trl",
        "published_at",
    ]
    list_filter = [
        "status",
        "kind",
        "language",
        "visibility",
        "ip_status",
        "trl",
        "broker_requested",
        "organisation__country",
    ]
    search_fields = ["title", "summary", "organisation__name", "organisation__name_alt"]
    autocomplete_fields = ["organisation"]
    readonly_fields = [
        "created_by",
        "reviewed_by",
        "submitted_at",
        "published_at",
        "closed_at",
        "created_at",
        "updated_at",
    ]
    inlines = [AttachmentInline]
    actions = ["approve", "reject"]
    date_hierarchy = "created_at"

    @admin.action(description=_("Approve and publish selected submitted profiles"))
    def approve(self, request, queryset):  # type: ignore[no-untyped-def]
        done = 0
        for profile in queryset:
            try:
                services.profile_publish(actor=request.user, profile=profile)
                done += 1
            except DomainError as exc:
                self.message_user(request, _refused(profile, exc), messages.WARNING)
        self.message_user(
            request,
            ngettext("%(n)d profile published.", "%(n)d profiles published.", done) % {"n": done},
        )

    @admin.action(description=_("Reject selected submitted profiles (with a reason)"))
    def reject(self, request, queryset):  # type: ignore[no-untyped-def]
        """Asks for the reason on an intermediate page, then rejects each profile."""
        form = RejectForm(request.POST if "reason" in request.POST else None)
        if not form.is_valid():
            return render(
                request,
                "admin/profiles/reject.html",
                {
                    "form": form,
                    "profiles": queryset,
                    "opts": self.model._meta,
                    "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
                },
            )
        done = 0
        for profile in queryset:
            try:
                services.profile_reject(
                    actor=request.user, profile=profile, reason=form.cleaned_data["reason"]
                )
                done += 1
            except DomainError as exc:
                self.message_user(request, _refused(profile, exc), messages.WARNING)
        self.message_user(
            request,
            ngettext("%(n)d profile rejected.", "%(n)d profiles rejected.", done) % {"n": done},
        )
        return None
