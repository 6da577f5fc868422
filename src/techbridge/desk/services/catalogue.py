"""Installing the starter catalogue (idempotent: keyed on slugs; an existing service type is
left as staff edited it)."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from techbridge.desk.models import FormField, ServiceType


def _fields(service: ServiceType, rows: list[tuple[Any, ...]]) -> None:
    for order, (key, kind, en, zh, required, choices, show_if) in enumerate(rows):
        show_key, _eq, show_value = show_if.partition("=")
        FormField.objects.create(
            service_type=service,
            key=key,
            kind=kind,
            label_en=en,
            label_zh=zh,
            required=required,
            choices=choices,
            future_only=kind == "date",
            show_if_key=show_key,
            show_if_value=show_value,
            order=(order + 1) * 10,
        )


@transaction.atomic
def catalogue_install(*, specs: list[dict[str, Any]]) -> int:
    """Create the service types of `specs` that do not exist yet; return how many."""
    existing = set(ServiceType.objects.values_list("slug", flat=True))
    created = 0
    for order, spec in enumerate(specs):
        if spec["slug"] in existing:
            continue
        first, resolution = spec["targets"]
        service = ServiceType.objects.create(
            slug=spec["slug"],
            department=spec["department"],
            name_en=spec["name"][0],
            name_zh=spec["name"][1],
            summary_en=spec["summary"][0],
            summary_zh=spec["summary"][1],
            description_en=spec["description"][0],
            description_zh=spec["description"][1],
            first_response_hours=first,
            resolution_hours=resolution,
            order=(order + 1) * 10,
            procedure=spec.get("procedure", ""),
        )
        _fields(service, spec["fields"])
        created += 1
    return created
