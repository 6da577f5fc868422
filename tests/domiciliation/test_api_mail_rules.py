"""/api/v1/domiciliation: standing rules, forwarding addresses and bundles — the rules page's
checks, the firm's own only, forwarding by staff."""

from __future__ import annotations

from typing import Any

from techbridge.domiciliation.models import Contract, MailRule
from techbridge.domiciliation.services import mail as mail_services

from .conftest import activate, make_contract
from .test_views import client_for

API = "/api/v1/domiciliation"
BERLIN = {"label": "Berlin", "recipient": "Hans Müller", "address": "Unter den Linden 1", "country": "de"}  # fmt: skip


def _send(client: Any, method: str, url: str, body: dict[str, Any]) -> Any:
    return getattr(client, method)(url, body, content_type="application/json")


def test_addresses_and_rules(active: Contract, staff: Any, member: Any, outsider: Any) -> None:
    own, other = client_for(member), client_for(outsider)
    addresses, rules = (
        f"{API}/contracts/{active.pk}/addresses",
        f"{API}/contracts/{active.pk}/rules",
    )
    assert _send(other, "post", addresses, BERLIN).status_code == 404
    assert other.get(addresses).status_code == 404 and other.get(rules).status_code == 404
    bad = _send(own, "post", addresses, {**BERLIN, "country": "D1"})
    assert bad.status_code == 422 and "country" in bad.json()["fields"]
    made = _send(own, "post", addresses, BERLIN)
    assert made.status_code == 201 and made.json()["country"] == "DE"
    berlin = made.json()["id"]
    assert [a["id"] for a in own.get(addresses).json()] == [berlin]
    theirs = activate(staff, outsider, make_contract(staff, outsider.memberships.get().organisation))  # fmt: skip
    foreign = mail_services.forwarding_address_add(actor=outsider, contract=theirs, data=BERLIN)
    refused = [
        ({"kind": "parcel", "action": "scan"}, "action"),
        ({"kind": "letter", "action": "forward"}, "forward_to"),
        ({"kind": "letter", "action": "forward", "forward_to": foreign.pk}, "forward_to"),
        ({"kind": "pigeon", "action": "shred"}, "kind"),
    ]
    for body, field in refused:
        response = _send(own, "put", rules, body)
        assert response.status_code == 422 and field in response.json()["fields"], body
    assert _send(other, "put", rules, {"kind": "letter", "action": "shred"}).status_code == 404
    assert not MailRule.objects.exists()
    set_ = _send(own, "put", rules, {"kind": "letter", "action": "forward", "forward_to": berlin})
    assert set_.json() == [{"kind": "letter", "action": "forward", "forward_to": berlin}]
    _send(own, "put", rules, {"kind": "official", "action": "scan"})
    assert len(own.get(rules).json()) == 2
    removed = _send(own, "put", rules, {"kind": "official", "action": ""})
    assert [r["kind"] for r in removed.json()] == ["letter"]


def test_staff_forward_the_waiting_items_together(
    active: Contract, staff: Any, member: Any
) -> None:
    berlin = mail_services.forwarding_address_add(actor=member, contract=active, data=BERLIN)
    mail_services.rule_set(
        actor=member, contract=active, kind="letter", action="forward", forward_to=berlin
    )
    items = [
        mail_services.mail_log(
            actor=staff, contract=active, data={"addressee": "X", "kind": "letter", "sender": s}
        )
        for s in ("Bank", "Insurer")
    ]
    url = f"{API}/contracts/{active.pk}/forward"
    assert _send(client_for(member), "post", url, {"address": berlin.pk}).status_code == 404
    assert _send(client_for(staff), "post", url, {"address": 999999}).status_code == 404
    sent = _send(client_for(staff), "post", url, {"address": berlin.pk, "tracking": "SF123"})
    assert sent.status_code == 201, sent.content
    assert sent.json()["items"] == sorted(i.pk for i in items)
    assert sent.json()["tracking"] == "SF123"
    again = _send(client_for(staff), "post", url, {"address": berlin.pk})
    assert again.status_code == 409
