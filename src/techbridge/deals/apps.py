from django.apps import AppConfig


class DealsConfig(AppConfig):
    name = "techbridge.deals"
    label = "deals"
