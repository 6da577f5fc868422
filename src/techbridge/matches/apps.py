from django.apps import AppConfig


class MatchesConfig(AppConfig):
    name = "techbridge.matches"
    label = "matches"

    def ready(self) -> None:
        from techbridge.matches import receivers
        from techbridge.profiles.signals import profile_changed

        profile_changed.connect(receivers.on_profile_changed, dispatch_uid="matches.profile")
