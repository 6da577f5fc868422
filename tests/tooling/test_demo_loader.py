"""`techbridge demo` loads a realistic set and is idempotent."""

from __future__ import annotations

import pytest

from techbridge.accounts.models import Organisation, User
from techbridge.profiles.models import TechnologyProfile
from techbridge.tooling.demo_loader import load_demo

pytestmark = pytest.mark.django_db(transaction=False)


def snapshot() -> tuple[int, int, int]:
    return (Organisation.objects.count(), TechnologyProfile.objects.count(), User.objects.count())


def test_demo_is_realistic_and_idempotent():
    # The core set; each later app tests its own demo loader (and its idempotency).
    load_demo(apps=())
    first = snapshot()
    orgs = Organisation.objects.all()
    assert first[0] >= 300 and first[1] >= 600
    assert orgs.values("country").distinct().count() >= 30
    assert orgs.exclude(province="").values("province").distinct().count() >= 20
    profiles = TechnologyProfile.objects.all()
    assert {"en", "zh"} <= set(profiles.values_list("language", flat=True))
    assert profiles.filter(visibility="blind", status="published").exists()
    assert profiles.filter(status="submitted").exists()
    assert User.objects.filter(email="staff@techbridge.example", is_staff=True).exists()
    load_demo(apps=())
    assert snapshot() == first
