"""One declaration per shape: the fields a member writes on a profile or an organisation are
listed once (profiles.models.PROFILE_FIELDS, accounts.models.ORGANISATION_FIELDS); the form,
the services and the API's POST/PATCH bodies use that list, and these tests fail on drift."""

from __future__ import annotations

import dataclasses
import types

from techbridge.accounts.api import OrganisationIn, OrganisationOut, OrganisationPatch
from techbridge.accounts.forms import OrganisationForm
from techbridge.accounts.models import ORGANISATION_FIELDS
from techbridge.accounts.services import ORG_FIELDS
from techbridge.profiles.api import ProfileIn, ProfileOut, ProfilePatch
from techbridge.profiles.forms import ProfileForm
from techbridge.profiles.models import PROFILE_FIELDS
from techbridge.profiles.selectors import ProfileCard
from techbridge.profiles.services import EDITABLE_FIELDS


def _optional(annotation: object) -> bool:
    return isinstance(annotation, types.UnionType) and type(None) in annotation.__args__


def test_the_profile_fields_are_declared_once() -> None:
    assert EDITABLE_FIELDS == PROFILE_FIELDS
    assert set(ProfileForm.base_fields) == set(PROFILE_FIELDS)
    assert set(ProfileIn.model_fields) == {*PROFILE_FIELDS, "organisation", "submit"}
    assert set(ProfilePatch.model_fields) == set(PROFILE_FIELDS)
    for name, field in ProfilePatch.model_fields.items():
        assert field.default is None and _optional(field.annotation), name
    # What the API shows is what the one card of a profile holds.
    assert set(ProfileOut.model_fields) <= {f.name for f in dataclasses.fields(ProfileCard)}


def test_the_organisation_fields_are_declared_once() -> None:
    assert ORG_FIELDS == ORGANISATION_FIELDS
    assert set(OrganisationForm.base_fields) == {*ORGANISATION_FIELDS, "logo"}
    assert set(OrganisationIn.model_fields) == set(ORGANISATION_FIELDS)
    assert set(OrganisationPatch.model_fields) == set(ORGANISATION_FIELDS)
    for name, field in OrganisationPatch.model_fields.items():
        assert field.default is None and _optional(field.annotation), name
    assert set(OrganisationOut.model_fields) - set(ORGANISATION_FIELDS) == {
        "id",
        "slug",
        "verified",
    }
