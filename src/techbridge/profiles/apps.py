from django.apps import AppConfig


class ProfilesConfig(AppConfig):
    name = "techbridge.profiles"
    label = "profiles"
