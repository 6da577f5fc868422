from django.urls import path

from techbridge.web import health, views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("health", health.health, name="health"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("notifications/", views.notifications, name="notifications"),
    path("outbox/", views.outbox, name="outbox"),
    path("notifications/read/", views.notifications_read, name="notifications_read"),
]
