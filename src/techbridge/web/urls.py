from django.urls import path

from techbridge.web import views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("notifications/", views.notifications, name="notifications"),
    path("outbox/", views.outbox, name="outbox"),
    path("notifications/read/", views.notifications_read, name="notifications_read"),
]
