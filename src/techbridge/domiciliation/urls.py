from django.urls import path

from techbridge.domiciliation.views import contracts, mail, register, rooms

app_name = "domiciliation"

urlpatterns = [
    path("hosting/", contracts.mine, name="mine"),
    path("hosting/contracts/<int:pk>/", contracts.contract_detail, name="contract"),
    path("hosting/contracts/<int:pk>/sign/", contracts.contract_sign, name="sign"),
    path("hosting/contracts/<int:pk>/documents/", contracts.document_upload, name="upload"),
    path("hosting/contracts/<int:pk>/rules/", mail.rules, name="rules"),
    path("hosting/contracts/<int:pk>/end.pdf", contracts.end_of_hosting, name="end_letter"),
    path("hosting/contracts/<int:pk>/<str:action>/", contracts.contract_action, name="action"),
    path("hosting/documents/<int:pk>/", contracts.document_download, name="document"),
    path("hosting/documents/<int:pk>/verify/", contracts.document_verify, name="verify"),
    path("hosting/mail/", mail.mail_list, name="mail"),
    path("hosting/mail/<int:pk>/", mail.mail_item, name="mail_item"),
    path("hosting/mail/<int:pk>/request/", mail.mail_request, name="mail_request"),
    path("hosting/mail/<int:pk>/<str:which>.file", mail.mail_file, name="mail_file"),
    path("hosting/mail/<int:pk>/handle/<str:step>/", mail.mail_handle, name="mail_handle"),
    path("hosting/rooms/", rooms.rooms, name="rooms"),
    path("hosting/rooms/<int:pk>/", rooms.room_detail, name="room"),
    path("hosting/bookings/<int:pk>/cancel/", rooms.booking_cancel, name="booking_cancel"),
    path("hosting/manage/", contracts.pipeline, name="pipeline"),
    path("hosting/manage/new/", contracts.contract_edit, name="contract_new"),
    path("hosting/manage/contracts/<int:pk>/", contracts.contract_edit, name="contract_edit"),
    path("hosting/manage/contracts/<int:pk>/forward/", mail.mail_forward, name="forward"),
    path("hosting/manage/mail/", mail.mailroom, name="mailroom"),
    path("hosting/manage/register/", register.register_page, name="register"),
    path("hosting/manage/register.xlsx", register.register_export, name="register_export"),
    path("hosting/manage/register/layouts/new/", register.layout_edit, name="layout_new"),
    path("hosting/manage/register/layouts/<int:pk>/", register.layout_edit, name="layout"),
    path("hosting/manage/register/reports/", register.report_create, name="report_new"),
    path("hosting/manage/register/reports/<int:pk>.xlsx", register.report_file, name="report"),
]
