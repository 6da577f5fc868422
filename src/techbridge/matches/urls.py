from django.urls import path

from techbridge.matches import views

app_name = "matches"
urlpatterns = [
    path("matches/", views.match_list, name="list"),
    path("matches/<int:match_id>/feedback/", views.match_feedback, name="feedback"),
    path("matches/quality/", views.listing_quality, name="quality"),
]
