"""Fixtures of the deals tests: a Chinese company's request, a foreign university interested
in it, a third organisation and staff."""

from __future__ import annotations

from typing import Any

import pytest

from techbridge.deals import services
from techbridge.deals.models import Connection
from tests.factories import MembershipFactory, OrganisationFactory, ProfileFactory


@pytest.fixture
def request_profile(cn_org: Any, cn_member: Any) -> Any:
    """A published technology request of the Chinese company `cn_org`."""
    return ProfileFactory(
        organisation=cn_org,
        kind="request",
        language="zh",
        title="寻求锂电池回收技术",
        partnership_types=["licence_in", "joint_rd"],
    )


@pytest.fixture
def owner(cn_member: Any) -> Any:
    """The owner of the request (owner of `cn_org`)."""
    return cn_member


@pytest.fixture
def requester(member: Any) -> Any:
    """The owner of the interested foreign organisation `org`."""
    return member


def send_eoi(actor: Any, profile: Any, **kwargs: Any) -> Connection:
    kwargs.setdefault("message", "We hold a patented process that fits your need.")
    kwargs.setdefault("partnership_type", "licence_out")
    return services.connection_create(actor=actor, profile=profile, **kwargs)


@pytest.fixture
def eoi(requester: Any, request_profile: Any) -> Connection:
    return send_eoi(requester, request_profile)


@pytest.fixture
def accepted(eoi: Connection, owner: Any) -> Connection:
    return services.connection_accept(actor=owner, connection=eoi)


@pytest.fixture
def viewer_of_owner(cn_org: Any) -> Any:
    """A viewer (not editor) of the owner organisation."""
    return MembershipFactory(organisation=cn_org, role="viewer").user


@pytest.fixture
def third_org_user(db: Any) -> Any:
    return MembershipFactory(organisation=OrganisationFactory(name="Elsewhere Ltd")).user
