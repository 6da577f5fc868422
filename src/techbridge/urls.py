from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from techbridge.api.urls import api

admin.site.site_header = _("TechBridge back office")
admin.site.site_title = _("TechBridge back office")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", api.urls),
    path("profiles/", include("techbridge.profiles.urls")),
    path("", include("techbridge.accounts.urls")),
    path("", include("techbridge.web.urls")),
]
