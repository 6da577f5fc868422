"""`techbridge rematch` and the demo hook."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from techbridge.matches.models import Match, MatchingState
from tests.matches.conftest import chinese_request

pytestmark = pytest.mark.django_db


def test_rematch_json_summary(market, cn_org):
    request = chinese_request(
        cn_org, status="published", published_at=market["offers"]["hydromet"].published_at
    )
    out, err = StringIO(), StringIO()
    call_command("rematch", "--json", stdout=out, stderr=err)
    summary = json.loads(out.getvalue())
    assert summary["profiles"] == 5
    assert summary["created"] == Match.objects.count() > 0
    assert {"updated", "removed", "notified", "seconds", "engine"} <= summary.keys()
    assert Match.objects.filter(request=request).exists()
    assert MatchingState.objects.count() == 5
    again = StringIO()
    call_command("rematch", "--json", "--no-notify", stdout=again, stderr=StringIO())
    assert json.loads(again.getvalue())["created"] == 0


def test_rematch_one_profile(market, cn_org):
    request = chinese_request(
        cn_org, status="published", published_at=market["offers"]["hydromet"].published_at
    )
    out = StringIO()
    call_command("rematch", "--profile", str(request.id), "--json", stdout=out, stderr=StringIO())
    assert json.loads(out.getvalue())["profiles"] == 1
    assert Match.objects.filter(request=request).exists()


def test_rematch_removes_matches_of_profiles_no_longer_live(market, cn_org):
    request = chinese_request(
        cn_org, status="published", published_at=market["offers"]["hydromet"].published_at
    )
    call_command("rematch", stdout=StringIO(), stderr=StringIO())
    assert Match.objects.filter(request=request).exists()
    type(request).objects.filter(pk=request.pk).update(status="closed")
    call_command("rematch", stdout=StringIO(), stderr=StringIO())
    assert not Match.objects.filter(request=request).exists()
