from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DomiciliationConfig(AppConfig):
    name = "techbridge.domiciliation"
    label = "domiciliation"
    verbose_name = _("Business domiciliation")

    def ready(self) -> None:
        from techbridge.domiciliation import panels
        from techbridge.notifications.kinds import register_kind

        register_kind("domiciliation.contract", _("Your hosting contract"))
        register_kind("domiciliation.renewal", _("Hosting contract renewals"))
        register_kind("domiciliation.kyc", _("Know-your-customer checks"))
        register_kind("domiciliation.mail", _("Mail received at your hosted address"))
        register_kind("domiciliation.booking", _("Meeting room bookings"))
        panels.register()
