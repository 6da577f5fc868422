from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "techbridge.accounts"
    label = "accounts"
    verbose_name = _("Accounts and organisations")

    def ready(self) -> None:
        from techbridge.accounts import lockout  # noqa: F401  (connects its signal receivers)
        from techbridge.core.panels import MenuItem, register_menu_item

        register_menu_item(
            MenuItem(
                name="accounts.directory",
                label=_("Organisations"),
                url_name="accounts:directory",
                order=30,
            )
        )
