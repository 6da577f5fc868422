from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "techbridge.core"
    label = "core"
    verbose_name = "Core"
