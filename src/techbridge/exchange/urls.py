from django.urls import path

from techbridge.exchange import views, views_dashboards, views_public, views_report
from techbridge.exchange.feeds import ListingsFeed

app_name = "exchange"

urlpatterns = [
    path("data/dashboards/", views_dashboards.dashboards_page, name="dashboards"),
    path("data/imports/", views.imports, name="imports"),
    path("data/imports/template/<str:kind>.<str:fmt>", views.template, name="template"),
    path("data/imports/<int:pk>/", views.batch, name="batch"),
    path("data/imports/<int:pk>/progress/", views.progress, name="progress"),
    path("data/imports/<int:pk>/confirm/", views.confirm, name="confirm"),
    path("data/imports/<int:pk>/discard/", views.discard, name="discard"),
    path("data/imports/<int:pk>/report.xlsx", views.report, name="report"),
]

urlpatterns += [
    path("open-data/", views_public.opendata_page, name="opendata"),
    path("open-data/profiles.<str:fmt>", views_public.opendata_dump, name="dump"),
    path("open-data/feeds/listings.atom", ListingsFeed(), name="feed"),
    path("open-data/feeds/<slug:sector>.atom", ListingsFeed(), name="feed_sector"),
]

urlpatterns += [
    path("report/", views_report.report_index, name="report_index"),
    path("report/<int:year>/", views_report.report_year, name="report_year"),
    path("report/events/<slug:slug>/", views_report.report_event, name="report_event"),
]
