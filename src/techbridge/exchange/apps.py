from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExchangeConfig(AppConfig):
    name = "techbridge.exchange"
    label = "exchange"
    verbose_name = _("Data exchange")

    def ready(self) -> None:
        from techbridge.exchange import panels
        from techbridge.notifications.kinds import register_kind

        register_kind("exchange.import", _("Your imports"))
        panels.register()
