"""The back office of the service desk: staff maintain the catalogue here (service types,
their request forms and SLA targets). Cases change through the desk's pages (the services
keep their history and notify); here they are read-only, with their history."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from techbridge.desk.models import Case, FormField, ServiceType


class FormFieldInline(admin.TabularInline):
    model = FormField
    extra = 0
    fields = [
        "order", "key", "kind", "label_en", "label_zh", "choices", "required", "future_only",
        "show_if_key", "show_if_value",
    ]  # fmt: skip


@admin.register(ServiceType)
class ServiceTypeAdmin(SimpleHistoryAdmin):
    list_display = ["slug", "name_en", "name_zh", "department", "active", "order"]
    list_filter = ["department", "active"]
    search_fields = ["slug", "name_en", "name_zh"]
    inlines = [FormFieldInline]


@admin.register(Case)
class CaseAdmin(SimpleHistoryAdmin):
    list_display = ["number", "subject", "organisation", "department", "status", "priority"]
    list_filter = ["department", "status", "priority", "service_type"]
    search_fields = ["number", "subject", "organisation__name"]
    readonly_fields = [f.name for f in Case._meta.fields]
