from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IncubationConfig(AppConfig):
    name = "techbridge.incubation"
    label = "incubation"
    verbose_name = _("Incubation")

    def ready(self) -> None:
        from techbridge.incubation import cohort_panels, panels
        from techbridge.notifications.kinds import register_kind

        register_kind("incubation.application", _("Your applications to incubation programmes"))
        register_kind("incubation.call", _("Calls for applications you manage"))
        register_kind("incubation.cohort", _("Your incubation programme: milestones and KPIs"))
        register_kind("incubation.review", _("Reviews assigned to you: reminders"))
        register_kind(
            "incubation.mentoring", _("Mentors' office hours: bookings and session notes")
        )
        panels.register()
        cohort_panels.register()
