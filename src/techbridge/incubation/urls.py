from django.urls import path

from techbridge.incubation.views import (
    calls,
    cohort_kpi_pages,
    cohort_pages,
    demo_day,
    impact,
    manage,
    mentoring,
    review,
    review_decide,
    review_manage,
)

app_name = "incubation"

urlpatterns = [
    path("incubation/", calls.call_list, name="calls"),
    path("incubation/calls/<slug:slug>/", calls.call_detail, name="call"),
    path("incubation/applications/", calls.my_applications, name="mine"),
    path("incubation/applications/<int:pk>/", calls.application_detail, name="application"),
    path(
        "incubation/applications/<int:pk>/files/<int:file_id>/",
        calls.application_file,
        name="application_file",
    ),
    path("incubation/manage/", manage.overview, name="manage"),
    path("incubation/manage/programmes/new/", manage.programme_edit, name="programme_new"),
    path("incubation/manage/programmes/<slug:slug>/", manage.programme_edit, name="programme_edit"),
    path("incubation/manage/calls/new/", manage.call_edit, name="call_new"),
    path("incubation/manage/calls/<slug:slug>/", manage.call_manage, name="manage_call"),
    path("incubation/manage/calls/<slug:slug>/edit/", manage.call_edit, name="call_edit"),
    path(
        "incubation/manage/calls/<slug:slug>/applications.csv",
        manage.call_export,
        name="call_export",
    ),
    path(
        "incubation/manage/calls/<slug:slug>/<str:what>/<int:pk>/remove/",
        manage.call_remove,
        name="call_remove",
    ),
    path("incubation/reviews/", review.review_list, name="reviews"),
    path("incubation/reviews/<int:pk>/", review.review_detail, name="review"),
    path("incubation/manage/calls/<slug:slug>/rounds/", review_manage.call_rounds, name="rounds"),
    path("incubation/manage/rounds/<int:pk>/", review_manage.round_detail, name="round"),
    path(
        "incubation/manage/rounds/<int:pk>/<slug:what>/",
        review_manage.round_action,
        name="round_action",
    ),
    path(
        "incubation/manage/rounds/<int:pk>/decisions/<slug:what>/",
        review_decide.round_decision,
        name="round_decision",
    ),
    path("incubation/cohorts/", cohort_pages.cohort_list, name="cohorts"),
    path("incubation/cohorts/new/", cohort_pages.cohort_edit, name="cohort_new"),
    path("incubation/cohorts/<slug:slug>/", cohort_pages.cohort_detail, name="cohort"),
    path("incubation/cohorts/<slug:slug>/edit/", cohort_pages.cohort_edit, name="cohort_edit"),
    path(
        "incubation/manage/programmes/<slug:slug>/milestones/",
        cohort_pages.milestone_templates,
        name="milestone_templates",
    ),
    path("incubation/companies/<int:pk>/", cohort_pages.company_detail, name="company"),
    path(
        "incubation/companies/<int:pk>/documents/<int:document_id>/",
        cohort_pages.company_document,
        name="company_document",
    ),
    path("incubation/milestones/<int:pk>/", cohort_pages.milestone_action, name="milestone"),
    path("incubation/companies/<int:pk>/kpis/", cohort_kpi_pages.company_kpis, name="company_kpis"),
    path("incubation/cohorts/<slug:slug>/kpis/", cohort_kpi_pages.cohort_kpis, name="cohort_kpis"),
    path("incubation/mentors/", mentoring.mentor_list, name="mentors"),
    path("incubation/mentors/<int:pk>/", mentoring.mentor_detail, name="mentor"),
    path("incubation/office-hours/", mentoring.office_hours, name="office_hours"),
    path("incubation/bookings/<int:pk>/", mentoring.booking_detail, name="booking"),
    path(
        "incubation/bookings/<int:pk>/<slug:what>/",
        mentoring.booking_action,
        name="booking_action",
    ),
    path(
        "incubation/companies/<int:pk>/demo-day/",
        demo_day.company_demo_day,
        name="company_demo_day",
    ),
    path(
        "incubation/cohorts/<slug:slug>/demo-day/", demo_day.cohort_demo_day, name="cohort_demo_day"
    ),
    path(
        "incubation/manage/programmes/<slug:slug>/impact/",
        impact.programme_impact,
        name="programme_impact",
    ),
]
