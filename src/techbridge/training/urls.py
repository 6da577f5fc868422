from django.urls import path

from techbridge.training.views import manage, member, public

app_name = "training"

urlpatterns = [
    path("training/", public.course_list, name="list"),
    path("training/verify/", public.verify, name="verify"),
    path("training/verify/<str:code>/", public.verify, name="verify_code"),
    path("training/mine/", member.my_courses, name="mine"),
    path("training/cpd/", member.cpd_ledger, name="cpd"),
    path("training/checkin/<str:code>/", manage.checkin, name="checkin"),
    path("training/manage/", manage.course_list, name="manage"),
    path("training/manage/new/", manage.course_edit, name="course_new"),
    path("training/enrolments/<int:pk>/", member.enrolment_detail, name="enrolment"),
    path("training/enrolments/<int:pk>/cancel/", member.enrolment_cancel, name="cancel"),
    path("training/enrolments/<int:pk>/invoice/", member.enrolment_invoice, name="invoice"),
    path("training/enrolments/<int:pk>/badge.pdf", member.badge, name="badge"),
    path("training/enrolments/<int:pk>/qr.png", member.badge_qr, name="badge_qr"),
    path(
        "training/enrolments/<int:pk>/certificate.pdf", member.certificate_pdf, name="certificate"
    ),
    path("training/manage/enrolments/<int:pk>/payment/", manage.payment, name="payment"),
    path(
        "training/manage/enrolments/<int:pk>/<str:action>/",
        manage.enrolment_action,
        name="enrolment_action",
    ),
    path(
        "training/manage/certificates/<int:pk>/revoke/",
        manage.certificate_revoke,
        name="revoke",
    ),
    path("training/<slug:slug>/", public.course_detail, name="detail"),
    path("training/<slug:slug>/enrol/", member.enrol, name="enrol"),
    path("training/<slug:slug>/manage/", manage.course_manage, name="manage_course"),
    path("training/<slug:slug>/manage/edit/", manage.course_edit, name="course_edit"),
    path("training/<slug:slug>/manage/evaluate/", manage.evaluate, name="evaluate"),
    path("training/<slug:slug>/manage/badges.pdf", manage.badges, name="badges"),
    path(
        "training/<slug:slug>/manage/enrolments.<str:fmt>",
        manage.roster_export,
        name="roster_export",
    ),
    path("training/<slug:slug>/manage/sessions/new/", manage.session_edit, name="session_new"),
    path(
        "training/<slug:slug>/manage/sessions/<int:pk>/", manage.session_edit, name="session_edit"
    ),
    path(
        "training/<slug:slug>/manage/sessions/<int:pk>/delete/",
        manage.session_delete,
        name="session_delete",
    ),
    path(
        "training/<slug:slug>/manage/sessions/<int:pk>/attendance/",
        manage.attendance_sheet,
        name="sheet",
    ),
]
