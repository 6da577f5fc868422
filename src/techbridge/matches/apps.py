from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchesConfig(AppConfig):
    name = "techbridge.matches"
    label = "matches"
    verbose_name = _("Matches")

    def ready(self) -> None:
        from techbridge.matches import panels, receivers
        from techbridge.notifications.kinds import register_kind
        from techbridge.profiles.changes import on, profile_changed

        register_kind("matches.new", _("New matches"))
        panels.register()
        profile_changed.react(
            "matches.compute", receivers.compute_matches, when=on(receivers.COMPUTE)
        )
        profile_changed.react("matches.remove", receivers.remove_matches, when=on(receivers.REMOVE))
