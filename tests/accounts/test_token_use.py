"""An API token's last use is recorded to the minute, not written on every call (load,
issue 17 point 8)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from techbridge.accounts.models import ApiToken
from techbridge.accounts.services import api_token_create, api_token_user


@pytest.mark.django_db
def test_the_last_use_is_written_once_a_minute(member: Any, django_assert_num_queries: Any) -> None:
    token, raw = api_token_create(actor=member, name="t")
    with django_assert_num_queries(2):  # the lookup and the first use recorded
        assert api_token_user(raw) == member
    first = ApiToken.objects.get(pk=token.pk).last_used_at
    assert first is not None
    with django_assert_num_queries(1):  # within the minute: the lookup only
        assert api_token_user(raw) == member
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=first - timedelta(minutes=2))
    assert api_token_user(raw) == member
    assert ApiToken.objects.get(pk=token.pk).last_used_at >= timezone.now() - timedelta(seconds=5)
