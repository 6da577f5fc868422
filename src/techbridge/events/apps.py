from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "techbridge.events"
    label = "events"
