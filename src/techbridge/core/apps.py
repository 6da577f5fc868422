from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "techbridge.core"
    label = "core"
    verbose_name = _("Core data")

    def ready(self) -> None:
        from techbridge.core import (
            checks,  # noqa: F401  (registers the system checks)
            pagecache,
            personal_data,
            text,
        )

        pagecache.watch()  # writes of what visitors see drop the cached pages

        text.install()  # one text rule for every form (core.text)
        personal_data.autodiscover()  # each app's personal_data module registers its sections
