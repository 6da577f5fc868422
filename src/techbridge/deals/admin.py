"""The staff back office for connections, deals and the exchange-rate table."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from techbridge.deals.models import (
    Connection,
    Contract,
    CooperationIntention,
    ExchangeRate,
    Message,
    NdaStep,
    StageChange,
)


class StageChangeInline(admin.TabularInline):
    model = StageChange
    extra = 0
    can_delete = False
    readonly_fields = ["from_stage", "to_stage", "actor", "note", "at"]

    def has_add_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(Connection)
class ConnectionAdmin(SimpleHistoryAdmin):
    list_display = [
        "id",
        "profile",
        "requester_org",
        "owner_org",
        "status",
        "stage",
        "brokered",
        "department",
        "created_at",
    ]
    list_filter = ["status", "stage", "brokered", "department", "decline_reason", "created_at"]
    search_fields = ["profile__title", "requester_org__name", "owner_org__name", "message"]
    raw_id_fields = ["profile", "owner_org", "requester_org", "requester_user", "related_profile"]
    readonly_fields = ["created_at", "updated_at", "decided_at", "forwarded_at", "decided_by"]
    inlines = [StageChangeInline]
    date_hierarchy = "created_at"


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin):
    list_display = ["connection", "author", "author_org", "created_at"]
    list_filter = ["created_at"]
    search_fields = ["body", "author__email"]
    raw_id_fields = ["connection", "author", "author_org"]


@admin.register(CooperationIntention)
class CooperationIntentionAdmin(SimpleHistoryAdmin):
    list_display = ["connection", "type", "signed_on", "event_ref"]
    list_filter = ["type", "signed_on"]
    search_fields = ["summary", "event_ref", "connection__profile__title"]
    raw_id_fields = ["connection", "recorded_by"]


@admin.register(Contract)
class ContractAdmin(SimpleHistoryAdmin):
    list_display = ["connection", "type", "signed_on", "value", "currency", "registration_number"]
    list_filter = ["type", "currency", "signed_on"]
    search_fields = ["registration_number", "summary", "connection__profile__title"]
    raw_id_fields = ["connection", "recorded_by"]


@admin.register(NdaStep)
class NdaStepAdmin(SimpleHistoryAdmin):
    list_display = ["connection", "filename", "owner_confirmed_at", "requester_confirmed_at"]
    list_filter = ["owner_confirmed_at", "requester_confirmed_at"]
    search_fields = ["filename", "connection__profile__title"]
    raw_id_fields = ["connection", "uploaded_by"]


@admin.register(ExchangeRate)
class ExchangeRateAdmin(SimpleHistoryAdmin):
    list_display = ["currency", "rate_to_cny", "valid_from"]
    list_filter = ["currency"]
    search_fields = ["currency"]
    date_hierarchy = "valid_from"


@admin.register(StageChange)
class StageChangeAdmin(admin.ModelAdmin):
    """The pipeline history, read-only: it is written by the services only."""

    list_display = ["connection", "from_stage", "to_stage", "actor", "at"]
    list_filter = ["to_stage", "at"]
    search_fields = ["connection__profile__title", "actor__email", "note"]
    raw_id_fields = ["connection", "actor"]

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False
