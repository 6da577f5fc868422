"""What profiles keeps about a person (core.personal_data): the technology profiles they
wrote and the files they attached. Both belong to their organisation and stay when the account
is deleted (the profile's author then reads "Deleted user")."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from techbridge.core.personal_data import Section, register, rows
from techbridge.profiles.models import ProfileAttachment, TechnologyProfile

PROFILE_FIELDS = ("ref", "kind", "title", "status", "visibility", "created_at", "published_at")


def _profiles(user: Any) -> list[dict[str, Any]]:
    qs = TechnologyProfile.objects.filter(created_by=user).order_by("created_at", "id")
    return rows(qs, PROFILE_FIELDS)


def _attachments(user: Any) -> list[dict[str, Any]]:
    qs = ProfileAttachment.objects.filter(uploaded_by=user).select_related("profile")
    return [
        {"profile": a.profile.ref, "filename": a.filename, "uploaded_at": a.created_at.isoformat()}
        for a in qs.order_by("created_at", "id")
    ]


register(
    Section(
        key="profiles.profiles",
        label=_("Technology profiles you wrote"),
        export=_profiles,
        covers=("profiles.TechnologyProfile.created_by",),
        not_personal=("profiles.TechnologyProfile.reviewed_by",),
        order=20,
    )
)
register(
    Section(
        key="profiles.attachments",
        label=_("Files you attached to profiles"),
        export=_attachments,
        covers=("profiles.ProfileAttachment.uploaded_by",),
        order=21,
    )
)
