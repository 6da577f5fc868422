from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "techbridge.search"
    label = "search"
    verbose_name = _("Search")

    def ready(self) -> None:
        from techbridge.accounts.models import Organisation
        from techbridge.notifications.kinds import register_kind
        from techbridge.profiles.signals import profile_changed
        from techbridge.search import panels, receivers

        register_kind("search.alert", _("New profiles for a saved search"))
        panels.register()
        profile_changed.connect(receivers.on_profile_changed, dispatch_uid="search-index")
        post_save.connect(
            receivers.on_organisation_saved, sender=Organisation, dispatch_uid="search-orgs"
        )
        post_migrate.connect(receivers.on_migrated, sender=self, dispatch_uid="search-migrate")
