from django.urls import path

from techbridge.profiles import views

app_name = "profiles"
urlpatterns = [
    path("", views.profile_list, name="list"),
    path("new/", views.profile_create, name="create"),
    path("review/", views.review_queue, name="review_queue"),
    path("review/<int:profile_id>/", views.review_decide, name="review_decide"),
    path("<int:profile_id>/", views.profile_detail, name="detail"),
    path("<int:profile_id>/edit/", views.profile_edit, name="edit"),
    path("<int:profile_id>/<str:action>/", views.profile_action, name="action"),
    path(
        "<int:profile_id>/attachments/<int:attachment_id>/",
        views.attachment_download,
        name="attachment",
    ),
]
