from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchesConfig(AppConfig):
    name = "techbridge.matches"
    label = "matches"
    verbose_name = _("Matches")

    def ready(self) -> None:
        from techbridge.matches import panels, receivers
        from techbridge.notifications.kinds import register_kind
        from techbridge.profiles.signals import profile_changed

        register_kind("matches.new", _("New matches"))
        panels.register()
        profile_changed.connect(receivers.on_profile_changed, dispatch_uid="matches.profile")
