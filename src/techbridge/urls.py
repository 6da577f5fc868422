import importlib.util

from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path
from django.utils.translation import gettext_lazy as _

from techbridge.api.urls import api

admin.site.site_header = _("TechBridge back office")
admin.site.site_title = _("TechBridge back office")
# The back office signs in through allauth, so a second factor set up there is asked too.
admin.site.login = secure_admin_login(admin.site.login)  # type: ignore[method-assign]


def _app_urls(app: str) -> list[URLPattern | URLResolver]:
    """Mount an app's pages if it has them (apps land one issue at a time)."""
    if importlib.util.find_spec(f"techbridge.{app}.urls") is None:
        return []
    return [path("", include(f"techbridge.{app}.urls"))]


urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", api.urls),
    path("profiles/", include("techbridge.profiles.urls")),
    path("", include("techbridge.accounts.urls")),
    path("", include("techbridge.web.urls")),
    *_app_urls("search"),
    *_app_urls("matches"),
    *_app_urls("deals"),
    *_app_urls("events"),
    *_app_urls("training"),
    *_app_urls("desk"),
    *_app_urls("incubation"),
    *_app_urls("exchange"),
    *_app_urls("domiciliation"),
]
