"""The back office for courses. Seats, certificates and marks change through the staff pages
(the services keep the seat count, the waiting list and the completion rule consistent);
here they are shown read-only, with their history."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from techbridge.training.models import Attendance, Certificate, Course, CourseSession, Enrolment


class SessionInline(admin.TabularInline):
    model = CourseSession
    extra = 0
    fields = ["starts_at", "ends_at", "title_en", "title_zh", "room", "online_url", "trainer"]


@admin.register(Course)
class CourseAdmin(SimpleHistoryAdmin):
    list_display = ["slug", "title_en", "visibility", "capacity", "seats_taken", "cpd_hours"]
    list_filter = ["visibility", "requires_approval"]
    search_fields = ["slug", "title_en", "title_zh"]
    readonly_fields = ["seats_taken"]
    inlines = [SessionInline]


@admin.register(Enrolment)
class EnrolmentAdmin(SimpleHistoryAdmin):
    list_display = ["name", "course", "organisation", "status", "fee_status", "invoice_kind"]
    list_filter = ["status", "fee_status", "invoice_kind", "course"]
    search_fields = ["name", "email", "organisation__name", "invoice_company"]
    raw_id_fields = ["organisation", "user", "enrolled_by"]
    readonly_fields = ["course", "status", "checkin_code", "created_at"]


@admin.register(Attendance)
class AttendanceAdmin(SimpleHistoryAdmin):
    list_display = ["enrolment", "session", "status", "source", "checked_in_at"]
    list_filter = ["status", "source", "session__course"]
    search_fields = ["enrolment__name"]
    readonly_fields = ["session", "enrolment", "status", "source", "checked_in_at", "recorded_by"]


@admin.register(Certificate)
class CertificateAdmin(SimpleHistoryAdmin):
    list_display = ["code", "holder_name", "course_title_en", "completed_on", "status"]
    list_filter = ["status"]
    search_fields = ["code", "holder_name", "course_title_en", "course_title_zh"]
    readonly_fields = [f.name for f in Certificate._meta.fields]
