from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "techbridge.web"
    label = "web"
