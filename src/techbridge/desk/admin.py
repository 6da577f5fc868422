"""The back office of the service desk: staff maintain the catalogue here (service types,
their request forms and SLA targets). Cases change through the desk's pages (the services
keep their history and notify); here they are read-only, with their history."""

from typing import Any

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from techbridge.desk.models import Article, Case, FormField, ServiceType
from techbridge.desk.models_procedures import ExportControlItem, Procedure
from techbridge.desk.models_sla import CalendarDay, DepartmentPolicy, SlaTarget


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


@admin.register(CalendarDay)
class CalendarDayAdmin(admin.ModelAdmin):
    """Statutory holidays and adjusted working days (调休): they override the chinese-calendar
    package and add the years it does not know yet."""

    list_display = ["day", "kind", "name"]
    list_filter = ["kind"]
    date_hierarchy = "day"
    search_fields = ["name"]


@admin.register(DepartmentPolicy)
class DepartmentPolicyAdmin(admin.ModelAdmin):
    list_display = [
        "department", "head", "morning_start", "morning_end", "afternoon_start", "afternoon_end",
        "warn_percent",
    ]  # fmt: skip


@admin.register(SlaTarget)
class SlaTargetAdmin(admin.ModelAdmin):
    list_display = [
        "service_type", "priority", "first_response_hours", "next_response_hours",
        "resolution_hours",
    ]  # fmt: skip
    list_filter = ["priority", "service_type"]


@admin.register(ExportControlItem)
class ExportControlItemAdmin(admin.ModelAdmin):
    """The catalogue of technologies prohibited or restricted from export (or import) that
    the export-control check classifies against; an editable table."""

    list_display = ["code", "direction", "category", "name_en", "name_zh", "sample", "active"]
    list_editable = ["category", "name_en", "name_zh", "sample", "active"]
    list_filter = ["direction", "category", "sample", "active"]
    search_fields = ["code", "name_en", "name_zh"]


@admin.register(Procedure)
class ProcedureAdmin(admin.ModelAdmin):
    """Procedures run through the case page (the services keep their steps and history);
    read-only here."""

    list_display = ["case", "kind", "status", "registration_number", "export_class", "created_at"]
    list_filter = ["kind", "status", "export_class"]
    search_fields = ["case__number", "registration_number"]
    readonly_fields = [f.name for f in Procedure._meta.fields]


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    """Knowledge-base articles are written on /desk/kb/ (the service keeps their search words
    and who edited them); read-only here, with their history."""

    list_display = ["slug", "title_en", "title_zh", "service_type", "visibility", "updated_at"]
    list_filter = ["visibility", "service_type"]
    search_fields = ["slug", "title_en", "title_zh"]
    readonly_fields = [f.name for f in Article._meta.fields]

    def has_add_permission(self, request: Any) -> bool:
        return False
