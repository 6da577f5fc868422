from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProfilesConfig(AppConfig):
    name = "techbridge.profiles"
    label = "profiles"
    verbose_name = _("Technology offers and requests")

    def ready(self) -> None:
        from techbridge.notifications.kinds import register_kind
        from techbridge.profiles import panels

        register_kind("profiles.review", _("Review of your profile"))
        panels.register()
