"""Schemathesis against the API (issue 17, point 3): every operation, anonymous and with a
member's token, valid and invalid data, a fixed seed. No server error, no invalid request
accepted, no status code the schema does not document."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import negative_data_rejection, status_code_conformance

from techbridge.accounts.services import api_token_create
from techbridge.api.urls import api
from techbridge.wsgi import application
from tests.factories import MembershipFactory

CONFIG = SchemathesisConfig.from_dict(
    {
        "seed": 17,
        "generation": {"mode": "all", "deterministic": True},
        # the coverage phase walks every boundary of every schema: minutes, not seconds
        "phases": {"coverage": {"enabled": False}},
    }
)
# The schema as /api/v1/openapi.json serves it (read without a request: collection may not
# touch the database); the calls go through the WSGI application in this process.
schema = schemathesis.openapi.from_dict(
    api.get_openapi_schema(path_prefix="/api/v1/"), config=CONFIG
)
schema.app = application
CHECKS = [not_a_server_error, negative_data_rejection, status_code_conformance]
# The run belongs to the PostgreSQL suite (issue 17: "into make test on PostgreSQL"; `make test`
# runs both): the ~40 s it takes on SQLite too would push `make test` past its 10 minutes.
# The bad input SQLite answers differently (integers beyond 64 bits, lone surrogates) is
# tested on both databases by tests/api/test_hostile_input.py.
pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the schemathesis run is the PostgreSQL suite's"
)


@pytest.fixture(autouse=True)
def _keep_the_test_connection() -> Any:
    """The calls go straight to the WSGI application, whose request signals would close the
    database connection that holds the test's transaction (PostgreSQL: "the connection is
    closed"); Django's test client disconnects them the same way."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture(params=["anonymous", "member"])
def headers(request: Any, db: Any) -> dict[str, str]:
    if request.param == "anonymous":
        return {}
    user = MembershipFactory().user
    return {"Authorization": f"Bearer {api_token_create(actor=user, name='fuzz')[1]}"}


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=4,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_api_keeps_its_schema(case: Any, headers: dict[str, str]) -> None:
    case.call_and_validate(headers=headers, checks=CHECKS)
