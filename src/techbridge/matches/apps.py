from django.apps import AppConfig


class MatchesConfig(AppConfig):
    name = "techbridge.matches"
    label = "matches"
