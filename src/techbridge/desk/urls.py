from django.urls import path

from techbridge.desk.views import (
    cases,
    catalogue,
    knowledge,
    procedures,
    queue_views,
    reports,
    staff,
    watchers,
)

app_name = "desk"

urlpatterns = [
    path("desk/", catalogue.catalogue, name="catalogue"),
    path("desk/services/<slug:slug>/", catalogue.service_detail, name="service"),
    path("desk/cases/", cases.my_cases, name="mine"),
    path("desk/cases/<int:pk>/", cases.case_detail, name="case"),
    path("desk/cases/<int:pk>/reply/", cases.reply, name="reply"),
    path("desk/cases/<int:pk>/move/", cases.move, name="move"),
    path("desk/cases/<int:pk>/files/<int:attachment_id>/", cases.attachment, name="attachment"),
    path("desk/cases/<int:pk>/take/", staff.take, name="take"),
    path("desk/cases/<int:pk>/assign/", staff.assign, name="assign"),
    path("desk/cases/<int:pk>/handoff/", staff.handoff, name="handoff"),
    path(
        "desk/cases/<int:pk>/handoffs/<int:handoff_id>/answer/",
        staff.handoff_answer,
        name="handoff_answer",
    ),
    path("desk/cases/<int:pk>/rate/", cases.rate, name="rate"),
    path("desk/cases/<int:pk>/cancel/", cases.cancel, name="cancel"),
    path("desk/cases/<int:pk>/watchers/", watchers.watch, name="watch"),
    path("desk/cases/<int:pk>/procedures/", procedures.start, name="procedure_start"),
    path(
        "desk/cases/<int:pk>/procedures/<int:procedure_id>/steps/<slug:key>/done/",
        procedures.step_done,
        name="procedure_step",
    ),
    path(
        "desk/cases/<int:pk>/procedures/<int:procedure_id>/documents/<slug:key>/",
        procedures.document,
        name="procedure_document",
    ),
    path(
        "desk/cases/<int:pk>/procedures/<int:procedure_id>/registration/",
        procedures.registration,
        name="procedure_registration",
    ),
    path(
        "desk/cases/<int:pk>/procedures/<int:procedure_id>/cancel/",
        procedures.cancel,
        name="procedure_cancel",
    ),
    path(
        "desk/cases/<int:pk>/procedures/<int:procedure_id>/classification/",
        procedures.classification,
        name="procedure_classification",
    ),
    path("desk/queue/", staff.queue, name="queue"),
    path("desk/queue/views/", queue_views.save, name="queue_view_save"),
    path("desk/queue/views/<int:view_id>/delete/", queue_views.delete, name="queue_view_delete"),
    path("desk/kb/", knowledge.article_list, name="articles"),
    path("desk/kb/suggest/", knowledge.suggest, name="article_suggest"),
    path("desk/kb/new/", knowledge.article_edit, name="article_new"),
    path("desk/kb/<slug:slug>/", knowledge.article_detail, name="article"),
    path("desk/kb/<slug:slug>/edit/", knowledge.article_edit, name="article_edit"),
    path("desk/reports/", reports.report_page, name="reports"),
]
