"""The data migration fills ProfileDisclosure from the connections accepted before it."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile

from techbridge.deals import services
from techbridge.deals.models import Connection
from techbridge.profiles.models import ProfileDisclosure
from tests.deals.conftest import send_eoi
from tests.factories import MembershipFactory, OrganisationFactory, ProfileFactory

pytestmark = pytest.mark.django_db

migration = importlib.import_module("techbridge.deals.migrations.0004_fill_profile_disclosures")


def test_fill_from_accepted_connections(
    accepted: Connection, requester: Any, owner: Any, cn_org: Any, org: Any
) -> None:
    with_nda = services.connection_accept(
        actor=owner, connection=send_eoi(requester, ProfileFactory(organisation=cn_org))
    )
    nda = SimpleUploadedFile("nda.pdf", b"%PDF-1.4 nda", content_type="application/pdf")
    services.nda_upload(actor=owner, connection=with_nda, upload=nda)
    for actor in (owner, requester):
        services.nda_confirm(actor=actor, connection=with_nda)
    other = MembershipFactory(organisation=OrganisationFactory()).user
    pending = send_eoi(other, accepted.profile)
    ProfileDisclosure.objects.all().delete()  # as before the migration

    migration.fill(apps, None)
    rows = set(ProfileDisclosure.objects.values_list("profile_id", "organisation_id", "level"))
    assert rows == {
        (accepted.profile_id, org.id, "owner"),
        (with_nda.profile_id, org.id, "dossier"),
    }
    assert pending.requester_org_id not in {r[1] for r in rows}
    migration.fill(apps, None)  # a second run adds nothing
    assert ProfileDisclosure.objects.count() == 2
