from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DealsConfig(AppConfig):
    name = "techbridge.deals"
    label = "deals"
    verbose_name = _("Connections and deals")

    def ready(self) -> None:
        from techbridge.deals import panels
        from techbridge.notifications.kinds import register_kind

        register_kind("deals.connection", _("Your connections"))
        register_kind("deals.message", _("New message in a connection"))
        panels.register()
