from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebConfig(AppConfig):
    name = "techbridge.web"
    label = "web"
    verbose_name = _("Website")

    def ready(self) -> None:
        from techbridge.web.labels import translate_boolean_icons, translate_derived_labels

        translate_derived_labels()
        translate_boolean_icons()
