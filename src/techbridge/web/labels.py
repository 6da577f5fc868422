"""Labels Django derives from code, made translatable: a field or model declared without a
`verbose_name` is labelled from its Python name ("created at"), a string no catalogue can
translate. At start-up such labels become lazy translations of themselves (the catalogue of
techbridge.web holds the Chinese), so the back office and every form built from a model speak
the reader's language. Migrations are unaffected: they read the declared `_verbose_name`."""

from __future__ import annotations

from django.apps import apps
from django.utils.translation import gettext_lazy as _

THIRD_PARTY_APPS = {"django_tasks_database": _("Background tasks")}  # app label


def translate_derived_labels() -> None:
    for label, name in THIRD_PARTY_APPS.items():
        try:
            apps.get_app_config(label).verbose_name = name
        except LookupError:
            continue
    for model in apps.get_models():
        if not model.__module__.startswith("techbridge."):
            continue
        meta = model._meta
        if "verbose_name" not in meta.original_attrs:
            meta.verbose_name = _(str(meta.verbose_name))
            if "verbose_name_plural" not in meta.original_attrs:
                meta.verbose_name_plural = _(str(meta.verbose_name_plural))
        for field in meta.get_fields():
            if getattr(field, "_verbose_name", "") is None and not field.auto_created:
                field.verbose_name = _(str(field.verbose_name))


def _boolean_icon(value: bool | None) -> str:
    """The back office's yes / no / unknown icon with its alternative text in the reader's
    language (Django writes alt="True" / "False" whatever the language)."""
    from django.templatetags.static import static
    from django.utils.html import format_html
    from django.utils.translation import gettext

    name = {True: "yes", False: "no", None: "unknown"}[value]
    text = {True: gettext("Yes"), False: gettext("No"), None: gettext("Unknown")}[value]
    return format_html('<img src="{}" alt="{}">', static(f"admin/img/icon-{name}.svg"), text)


def translate_boolean_icons() -> None:
    """Every admin page reads the icon through this module's function (Django's own lists,
    forms and read-only fields import it from here at call time)."""
    from django.contrib.admin.templatetags import admin_list

    admin_list._boolean_icon = _boolean_icon  # type: ignore[attr-defined]
