from django.urls import path

from techbridge.events.views import agenda, changes, editing, organiser, participant, printing

app_name = "events"
urlpatterns = [
    path("events/", participant.event_list, name="list"),
    path("events/new/", editing.event_create, name="create"),
    path("events/feed/<str:token>.ics", agenda.agenda_feed, name="feed"),
    path("events/checkin/<str:code>/", organiser.checkin, name="checkin"),
    path("events/<slug:slug>/", participant.event_detail, name="detail"),
    path("events/<slug:slug>/register/", participant.register, name="register"),
    path("events/<slug:slug>/registrations/", participant.registrations, name="registrations"),
    path(
        "events/<slug:slug>/registrations/<int:pid>/availability/",
        participant.availability,
        name="availability",
    ),
    path(
        "events/<slug:slug>/registrations/<int:pid>/<str:action>/",
        participant.registration_action,
        name="registration_action",
    ),
    path("events/<slug:slug>/participants/", participant.directory, name="directory"),
    path(
        "events/<slug:slug>/participants/<int:pid>/request/",
        participant.request_meeting,
        name="request_meeting",
    ),
    path("events/<slug:slug>/meetings/", participant.meetings, name="meetings"),
    path(
        "events/<slug:slug>/requests/<int:rid>/<str:action>/",
        participant.request_action,
        name="request_action",
    ),
    path("events/<slug:slug>/agenda/<int:pid>/", agenda.agenda, name="agenda"),
    path("events/<slug:slug>/agenda/<int:pid>.ics", agenda.agenda_ics, name="agenda_ics"),
    path(
        "events/<slug:slug>/agenda/<int:pid>/cancelled.ics",
        agenda.cancellations_ics,
        name="agenda_cancellations",
    ),
    path("events/<slug:slug>/agenda/<int:pid>.pdf", agenda.agenda_pdf, name="agenda_pdf"),
    path("events/<slug:slug>/badge/<int:pid>.pdf", agenda.badge_pdf, name="badge"),
    path(
        "events/<slug:slug>/meetings/<int:mid>/attendance/",
        agenda.attendance,
        name="attendance",
    ),
    path("events/<slug:slug>/meetings/<int:mid>/feedback/", agenda.feedback, name="feedback"),
    path("events/<slug:slug>/manage/", organiser.manage, name="manage"),
    path("events/<slug:slug>/manage/edit/", editing.event_edit, name="edit"),
    path("events/<slug:slug>/manage/programme/new/", editing.session_form, name="session_add"),
    path(
        "events/<slug:slug>/manage/programme/<int:sid>/",
        editing.session_form,
        name="session_edit",
    ),
    path(
        "events/<slug:slug>/manage/programme/<int:sid>/delete/",
        editing.session_delete,
        name="session_delete",
    ),
    path(
        "events/<slug:slug>/manage/registrations/<int:pid>/<str:decision>/",
        organiser.registration_decide,
        name="registration_decide",
    ),
    path("events/<slug:slug>/manage/slots/", organiser.slots_create, name="slots_create"),
    path(
        "events/<slug:slug>/manage/participants/",
        organiser.participants_export,
        name="participants_export",
    ),
    path("events/<slug:slug>/manage/schedule/", organiser.schedule_run, name="schedule_run"),
    path("events/<slug:slug>/manage/runs/", organiser.schedule_runs, name="schedule_runs"),
    path(
        "events/<slug:slug>/manage/announce/",
        organiser.schedule_announce,
        name="schedule_announce",
    ),
    path("events/<slug:slug>/manage/repair/", changes.repair_run, name="repair_run"),
    path("events/<slug:slug>/manage/repair/<int:rid>/", changes.repair, name="repair"),
    path(
        "events/<slug:slug>/manage/repair/<int:rid>/<str:decision>/",
        changes.repair_decide,
        name="repair_decide",
    ),
    path("events/<slug:slug>/manage/versions/", changes.versions, name="versions"),
    path("events/<slug:slug>/manage/versions/<int:number>/", changes.version, name="version"),
    path("events/<slug:slug>/manage/meetings/add/", organiser.meeting_add, name="meeting_add"),
    path("events/<slug:slug>/manage/tables/", organiser.table_plan, name="table_plan"),
    path("events/<slug:slug>/manage/report/", organiser.report, name="report"),
    path("events/<slug:slug>/manage/badges.pdf", organiser.badges, name="badges"),
    path("events/<slug:slug>/manage/print/", printing.print_start, name="print_start"),
    path(
        "events/<slug:slug>/manage/print/<int:rid>/",
        printing.print_progress,
        name="print_progress",
    ),
    path(
        "events/<slug:slug>/manage/print/<int:rid>/archive.zip",
        printing.print_archive,
        name="print_archive",
    ),
]
