from django.urls import path

from techbridge.deals import figures_views, message_views, verification_views, views

app_name = "deals"
urlpatterns = [
    path("connections/", views.connection_list, name="list"),
    path("connections/broker-queue/", views.broker_queue, name="broker_queue"),
    path("connections/new/<int:profile_id>/", views.connection_create, name="create"),
    path("connections/<int:connection_id>/", views.connection_detail, name="detail"),
    path("connections/<int:connection_id>/decide/", views.connection_decide, name="decide"),
    path("connections/<int:connection_id>/broker/", views.connection_broker, name="broker"),
    path("connections/<int:connection_id>/messages/", message_views.message_list, name="messages"),
    path(
        "connections/<int:connection_id>/messages/new/",
        message_views.message_post,
        name="message_post",
    ),
    path("connections/<int:connection_id>/stage/", views.connection_stage, name="stage"),
    path("connections/<int:connection_id>/intention/", views.intention_create, name="intention"),
    path("connections/<int:connection_id>/contract/", views.contract_create, name="contract"),
    path("connections/<int:connection_id>/nda/", views.nda_action, name="nda"),
    path("connections/<int:connection_id>/nda/document/", views.nda_download, name="nda_document"),
    path(
        "connections/<int:connection_id>/attachments/<int:attachment_id>/",
        message_views.attachment_download,
        name="attachment",
    ),
    path(
        "connections/<int:connection_id>/confirm/",
        verification_views.connection_confirm,
        name="confirm",
    ),
    path(
        "connections/<int:connection_id>/contract/evidence/",
        verification_views.contract_evidence,
        name="contract_evidence",
    ),
    path(
        "connections/<int:connection_id>/contract/verify/",
        verification_views.contract_verify,
        name="contract_verify",
    ),
    path(
        "connections/<int:connection_id>/contract/document/",
        verification_views.contract_document,
        name="contract_document",
    ),
    path("results/", figures_views.figures_public, name="figures"),
    path("results/verification/", verification_views.verification_queue, name="verification"),
    path("results/funnel/", figures_views.figures_staff, name="funnel"),
    path("results/funnel/export.<str:fmt>", figures_views.figures_export, name="export"),
]
