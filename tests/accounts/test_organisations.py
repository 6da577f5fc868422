"""Registering and editing organisations; logo validation; directory."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from techbridge.accounts.models import Membership, Organisation
from tests.conftest import login
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def org_data(**overrides):
    data = {
        "name": "苏州纳微新材料科技有限公司",
        "name_alt": "Suzhou Nanomicro",
        "type": "company",
        "country": "CN",
        "province": "JS",
        "city": "苏州",
        "sectors": ["new-materials"],
        "size_band": "50-249",
        "founded": "2008",
        "website": "https://nanomicro.example.cn",
        "description": "纳米材料",
        "language": "zh",
    }
    data.update(overrides)
    return data


def png(size=(10, 10)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "blue").save(buffer, "PNG")
    return SimpleUploadedFile("logo.png", buffer.getvalue(), content_type="image/png")


def test_register_organisation_makes_owner(lone_user):
    response = login(lone_user).post("/organisations/new/", {**org_data(), "logo": png()})
    assert response.status_code == 302
    org = Organisation.objects.get()
    assert Membership.objects.get(user=lone_user, organisation=org).role == "owner"
    assert org.logo
    assert login(lone_user).get(f"/organisations/{org.slug}/logo/").status_code == 200


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"country": "XX"}, "country"),
        ({"province": ""}, "province"),
        ({"type": "pirate"}, "type"),
        ({"name": ""}, "name"),
        ({"founded": "2999"}, "founded"),
        ({"website": "javascript:alert(1)"}, "website"),
    ],
)
def test_register_rejects_bad_input(lone_user, overrides, field):
    response = login(lone_user).post("/organisations/new/", org_data(**overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert Organisation.objects.count() == 0


def test_logo_must_be_a_small_image(lone_user, settings):
    fake = SimpleUploadedFile("logo.png", b"%PDF-1.4 not an image", content_type="image/png")
    response = login(lone_user).post("/organisations/new/", {**org_data(), "logo": fake})
    assert "logo" in response.context["form"].errors
    settings.TECHBRIDGE = {**settings.TECHBRIDGE, "LOGO_MAX_BYTES": 100}
    response = login(lone_user).post("/organisations/new/", {**org_data(), "logo": png((400, 400))})
    assert "logo" in response.context["form"].errors
    assert Organisation.objects.count() == 0


def test_province_dropped_outside_china(lone_user):
    login(lone_user).post("/organisations/new/", org_data(country="FR", province="JS"))
    assert Organisation.objects.get().province == ""


def test_only_editors_edit(member, org, outsider):
    assert login(outsider).get(f"/organisations/{org.slug}/edit/").status_code == 403
    response = login(member).post(
        f"/organisations/{org.slug}/edit/", org_data(country="DE", province="", name="Renamed GmbH")
    )
    assert response.status_code == 302
    org.refresh_from_db()
    assert org.name == "Renamed GmbH"
    assert org.history.count() >= 2


def test_directory_filters(client, django_assert_max_num_queries):
    OrganisationFactory(name="Alpha Univ", type="university", country="FR")
    OrganisationFactory(name="Beta GmbH", type="company", country="DE")
    with django_assert_max_num_queries(6):
        body = client.get("/organisations/?type=university").content.decode()
    assert "Alpha Univ" in body and "Beta GmbH" not in body
    assert client.get("/organisations/?page=999&q=%00").status_code == 200


def test_my_organisation_lists_all_statuses(member, org):
    from tests.factories import ProfileFactory

    ProfileFactory(organisation=org, status="draft", published_at=None, title="Draft thing")
    ProfileFactory(organisation=org, title="Live thing")
    body = login(member).get("/my/organisation/").content.decode()
    assert "Draft thing" in body and "Live thing" in body


def test_api_tokens_page(member):
    client = login(member)
    response = client.post("/my/api-tokens/", {"name": "ci"})
    raw = response.context["raw"]
    assert raw.startswith("tb_")
    assert member.api_tokens.get().digest != raw
