from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "techbridge.search"
    label = "search"
    verbose_name = _("Search")

    def ready(self) -> None:
        from techbridge.accounts.changes import organisation_changed
        from techbridge.notifications.kinds import register_kind
        from techbridge.profiles.changes import on, profile_changed
        from techbridge.search import panels, receivers, services
        from techbridge.search.backends import at_first_use

        register_kind("search.alert", _("New profiles for a saved search"))
        panels.register()
        # In this order: a publication is indexed before the alerts search for it.
        profile_changed.react(
            "search.index", receivers.index_profiles, when=on(receivers.INDEX_ACTIONS)
        )
        profile_changed.react(
            "search.alerts", receivers.alert_saved_searches, when=on(receivers.ALERT_ACTIONS)
        )
        organisation_changed.react("search.organisation", receivers.index_organisation)
        at_first_use(services.ensure_index)
