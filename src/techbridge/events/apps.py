from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "techbridge.events"
    label = "events"
    verbose_name = _("Events")

    def ready(self) -> None:
        from techbridge.events import panels
        from techbridge.notifications.kinds import register_kind

        register_kind("events.registration", _("Your event registrations"))
        register_kind("events.meeting", _("B2B meetings at events"))
        panels.register()
