from django.urls import path

from techbridge.exchange import views

app_name = "exchange"

urlpatterns = [
    path("data/imports/", views.imports, name="imports"),
    path("data/imports/template/<str:kind>.<str:fmt>", views.template, name="template"),
    path("data/imports/<int:pk>/", views.batch, name="batch"),
    path("data/imports/<int:pk>/progress/", views.progress, name="progress"),
    path("data/imports/<int:pk>/confirm/", views.confirm, name="confirm"),
    path("data/imports/<int:pk>/discard/", views.discard, name="discard"),
    path("data/imports/<int:pk>/report.xlsx", views.report, name="report"),
]
