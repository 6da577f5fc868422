from django.urls import path

from techbridge.accounts import privacy_views, views

app_name = "accounts"
urlpatterns = [
    path("organisations/", views.directory, name="directory"),
    path("organisations/new/", views.organisation_create, name="organisation_create"),
    path("organisations/<slug:slug>/", views.organisation_detail, name="organisation"),
    path("organisations/<slug:slug>/edit/", views.organisation_edit, name="organisation_edit"),
    path("organisations/<slug:slug>/logo/", views.organisation_logo, name="organisation_logo"),
    path("my/organisation/", views.my_organisation, name="my_organisation"),
    path("my/api-tokens/", views.api_tokens, name="api_tokens"),
    path("my/api-tokens/<int:token_id>/revoke/", views.api_token_revoke, name="api_token_revoke"),
    path("my/privacy/", privacy_views.privacy_page, name="privacy"),
    path("my/privacy/data.json", privacy_views.privacy_export, name="privacy_export"),
    path("my/privacy/delete/", privacy_views.account_delete, name="account_delete"),
]
