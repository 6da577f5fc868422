from django.urls import path

from techbridge.events import views, views_edit, views_manage

app_name = "events"
urlpatterns = [
    path("events/", views.event_list, name="list"),
    path("events/new/", views_edit.event_create, name="create"),
    path("events/feed/<str:token>.ics", views.agenda_feed, name="feed"),
    path("events/checkin/<str:code>/", views_manage.checkin, name="checkin"),
    path("events/<slug:slug>/", views.event_detail, name="detail"),
    path("events/<slug:slug>/register/", views.register, name="register"),
    path("events/<slug:slug>/registrations/", views.registrations, name="registrations"),
    path(
        "events/<slug:slug>/registrations/<int:pid>/availability/",
        views.availability,
        name="availability",
    ),
    path(
        "events/<slug:slug>/registrations/<int:pid>/<str:action>/",
        views.registration_action,
        name="registration_action",
    ),
    path("events/<slug:slug>/participants/", views.directory, name="directory"),
    path(
        "events/<slug:slug>/participants/<int:pid>/request/",
        views.request_meeting,
        name="request_meeting",
    ),
    path("events/<slug:slug>/meetings/", views.meetings, name="meetings"),
    path(
        "events/<slug:slug>/requests/<int:rid>/<str:action>/",
        views.request_action,
        name="request_action",
    ),
    path("events/<slug:slug>/agenda/<int:pid>/", views.agenda, name="agenda"),
    path("events/<slug:slug>/agenda/<int:pid>.ics", views.agenda_ics, name="agenda_ics"),
    path("events/<slug:slug>/agenda/<int:pid>.pdf", views.agenda_pdf, name="agenda_pdf"),
    path("events/<slug:slug>/badge/<int:pid>.pdf", views.badge_pdf, name="badge"),
    path(
        "events/<slug:slug>/meetings/<int:mid>/attendance/",
        views.attendance,
        name="attendance",
    ),
    path("events/<slug:slug>/meetings/<int:mid>/feedback/", views.feedback, name="feedback"),
    path("events/<slug:slug>/manage/", views_manage.manage, name="manage"),
    path("events/<slug:slug>/manage/edit/", views_edit.event_edit, name="edit"),
    path("events/<slug:slug>/manage/programme/new/", views_edit.session_form, name="session_add"),
    path(
        "events/<slug:slug>/manage/programme/<int:sid>/",
        views_edit.session_form,
        name="session_edit",
    ),
    path(
        "events/<slug:slug>/manage/programme/<int:sid>/delete/",
        views_edit.session_delete,
        name="session_delete",
    ),
    path(
        "events/<slug:slug>/manage/registrations/<int:pid>/<str:decision>/",
        views_manage.registration_decide,
        name="registration_decide",
    ),
    path("events/<slug:slug>/manage/slots/", views_manage.slots_create, name="slots_create"),
    path("events/<slug:slug>/manage/schedule/", views_manage.schedule_run, name="schedule_run"),
    path("events/<slug:slug>/manage/runs/", views_manage.schedule_runs, name="schedule_runs"),
    path(
        "events/<slug:slug>/manage/announce/",
        views_manage.schedule_announce,
        name="schedule_announce",
    ),
    path("events/<slug:slug>/manage/meetings/add/", views_manage.meeting_add, name="meeting_add"),
    path("events/<slug:slug>/manage/tables/", views_manage.table_plan, name="table_plan"),
    path("events/<slug:slug>/manage/report/", views_manage.report, name="report"),
    path("events/<slug:slug>/manage/badges.pdf", views_manage.badges, name="badges"),
]
