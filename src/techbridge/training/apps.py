from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "techbridge.training"
    label = "training"
    verbose_name = _("Training courses")

    def ready(self) -> None:
        from techbridge.notifications.kinds import register_kind
        from techbridge.training import panels

        register_kind("training.enrolment", _("Your course enrolments"))
        register_kind("training.promoted", _("A place freed up in a course"))
        register_kind("training.certificate", _("Course certificates"))
        panels.register()
