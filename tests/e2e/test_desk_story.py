"""Issue 13 in a browser: a foreign member asks for market-entry help from a Chinese
request's page; the international-relations department takes the case, shares a legal
question with the legal department (which answers within its own deadline; a legal colleague
follows the case; the queue's filters are saved as a shared view), replies and
resolves; the member reads the reply (never the internal notes), closes and rates the case;
the staff report shows the times in business hours. Then a contract from the deals pipeline
goes through technology-contract registration and gets its number; the member withdraws
another request, with the reason."""

from __future__ import annotations

import pytest

from techbridge.deals.models import Connection
from techbridge.desk.models import OPEN_STATUSES, Case
from techbridge.profiles.models import TechnologyProfile
from techbridge.tooling.demo_loader import MEMBER_EMAIL, load_demo

from .test_platform_story import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
DEMO_PASSWORD = "techbridge-demo"
INTERNATIONAL = "international@techbridge.example"
LEGAL = "legal@techbridge.example"


def test_member_asks_staff_answer_resolved(new_page, live_server):
    load_demo(apps=("desk",))
    base = live_server.url
    request = TechnologyProfile.objects.filter(
        kind="request", organisation__country="CN", status="published", visibility="public"
    ).first()

    member = new_page()
    log_in(member, base, MEMBER_EMAIL, DEMO_PASSWORD)
    member.goto(f"{base}/profiles/{request.pk}/")
    with member.expect_navigation():
        member.click("[data-testid=desk-ask-link]")
    with member.expect_navigation():
        member.click("a[href*='/desk/services/market-entry-china/']")
    assert member.locator("[data-testid=linked]").is_visible()
    # Before you ask: the knowledge base suggests articles as the member writes.
    suggestions = member.locator("[data-testid=before-you-ask]")
    assert "Which company form suits" in suggestions.inner_text()
    member.fill("#id_subject", "Do public holidays count in your response time?")
    member.wait_for_selector("[data-testid=suggestions] >> text=How the service desk works")
    member.fill("#id_subject", "Entering the Chinese battery market")
    member.fill("#id_description", "We would like to license our process to this company.")
    with member.expect_navigation():
        member.click("[data-testid=case-submit]")
    assert member.locator("#field-f_sector .errorlist").is_visible()  # required, kept answers
    assert member.input_value("#id_subject") == "Entering the Chinese battery market"
    member.fill("#id_f_sector", "Battery recycling")
    member.select_option("#id_f_presence", "jv")
    with member.expect_navigation():
        member.click("[data-testid=case-submit]")
    number = member.locator("[data-testid=case-number]").inner_text()
    case = Case.objects.get(number=number)
    assert case.profile_id == request.pk and case.department == "international"
    assert member.locator("[data-testid=case-profile]").is_visible()

    staff = new_page()
    log_in(staff, base, INTERNATIONAL, DEMO_PASSWORD)
    staff.goto(f"{base}/desk/queue/?department=international&status=new")
    # The filters saved as a view, shared with every staff member, then opened from its link.
    staff.click("[data-testid=queue-view-open]")
    staff.fill("#id_view_name", "New in international")
    staff.check("#id_view_shared")
    with staff.expect_navigation():
        staff.click("[data-testid=queue-view-save]")
    assert "view=" in staff.url
    assert "New in international" in staff.locator("[data-testid=queue-views]").inner_text()
    assert number in staff.locator("[data-testid=queue]").inner_text()
    with staff.expect_navigation():
        staff.click(f"text={number}")
    with staff.expect_navigation():
        staff.click("[data-testid=take]")
    assert "Accepted" in staff.locator("[data-testid=case-status]").inner_text()
    # A legal colleague follows the case (told of its replies; the client never sees staff).
    staff.select_option("[data-testid=watch-user]", label="Zhao Min (legal) (staff)")
    with staff.expect_navigation():
        staff.click("[data-testid=watch-add]")
    assert "Zhao Min" in staff.locator("[data-testid=watcher-list]").inner_text()
    staff.fill("#id_body", "Checked their licensing record: a good fit.")
    staff.check("#id_internal")
    with staff.expect_navigation():
        staff.click("[data-testid=reply-submit]")
    staff.click("[data-testid=handoff-open]")
    staff.select_option("#id_kind", "share")
    staff.select_option("#id_to_department", "legal")
    staff.fill("#id_deadline_hours", "8")
    staff.fill("#id_note", "May a joint venture hold this licence?")
    with staff.expect_navigation():
        staff.click("[data-testid=handoff-submit]")
    assert "open" in staff.locator("[data-testid=segment-state]").inner_text()

    legal = new_page()
    log_in(legal, base, LEGAL, DEMO_PASSWORD)
    legal.goto(staff.url)
    legal.fill("[data-testid=answer-form] textarea", "Yes, if the licence is registered.")
    with legal.expect_navigation():
        legal.click("[data-testid=answer-submit]")
    assert "done in time" in legal.locator("[data-testid=segment-state]").inner_text()

    staff.reload()
    assert (
        "if the licence is registered" in staff.locator("[data-testid=conversation]").inner_text()
    )
    staff.fill("#id_body", "A joint venture is possible; we will introduce you.")
    staff.select_option("#id_articles", "company-forms-for-foreign-investors")
    with staff.expect_navigation():
        staff.click("[data-testid=reply-submit]")
    with staff.expect_navigation():
        staff.click("[data-testid=move-resolved]")
    assert "Resolved" in staff.locator("[data-testid=case-status]").inner_text()

    member.reload()
    conversation = member.locator("[data-testid=conversation]").inner_text()
    assert "we will introduce you" in conversation
    assert "licensing record" not in conversation
    assert "Resolved" in member.locator("[data-testid=case-status]").inner_text()
    assert "licence is registered" not in conversation
    assert "Zhao Min" not in member.locator("[data-testid=watchers]").inner_text()
    linked = member.locator("[data-testid=linked-articles] a")
    assert linked.all_inner_texts() == ["Which company form suits a foreign firm entering China?"]
    case_url = member.url
    with member.expect_navigation():
        linked.click()
    assert "Negative List" in member.locator("[data-testid=article-body]").inner_text()
    member.goto(case_url)
    with member.expect_navigation():
        member.click("[data-testid=move-closed]")
    assert "Closed" in member.locator("[data-testid=case-status]").inner_text()
    member.select_option("#id_rating", "5")
    member.fill("#id_comment", "Fast and clear.")
    with member.expect_navigation():
        member.click("[data-testid=rate-submit]")
    assert "5/5" in member.locator("[data-testid=rating]").inner_text()

    staff.goto(f"{base}/desk/reports/")
    rows = staff.locator("[data-testid=report-row]").all_inner_texts()
    market = next(r for r in rows if "Market entry to China" in r)
    assert " h" in market and "5" in market
    assert staff.locator("[data-testid=report-chart]").is_visible()


def _pdf(name: str) -> dict:
    return {"name": name, "mimeType": "application/pdf", "buffer": b"%PDF-1.4 e2e"}


def test_a_signed_contract_is_registered_and_gets_its_number(new_page, live_server):
    """The foreign member asks for the registration from the page of their signed contract;
    the legal department reviews the checklist, submits, and records the number, which the
    connection's page then shows."""
    load_demo(apps=("desk",))
    base = live_server.url
    connection = Connection.objects.get(
        requester_org__memberships__user__email=MEMBER_EMAIL, contract__registration_number=""
    )

    member = new_page()
    log_in(member, base, MEMBER_EMAIL, DEMO_PASSWORD)
    member.goto(f"{base}/connections/{connection.pk}/")
    with member.expect_navigation():
        member.click("[data-testid=desk-ask-link]")
    with member.expect_navigation():
        member.click("a[href*='/desk/services/contract-registration/']")
    member.fill("#id_subject", "Registration of our licence contract")
    member.fill("#id_description", "Please register our licence with the Chinese company.")
    member.select_option("#id_f_contract_language", "en")
    member.set_input_files("#id_f_contract_file", _pdf("licence-signed.pdf"))
    with member.expect_navigation():
        member.click("[data-testid=case-submit]")
    number = member.locator("[data-testid=case-number]").inner_text()
    procedure = member.locator("[data-testid=procedure-contract_registration]")
    assert "licence-signed.pdf" in procedure.locator("[data-testid=document-contract]").inner_text()
    for key in ("annex", "price", "ip_proof", "chinese_text"):
        row = member.locator(f"[data-testid=document-{key}]")
        row.locator("input[type=file]").set_input_files(_pdf(f"{key}.pdf"))
        with member.expect_navigation():
            row.locator("button").click()
    assert member.locator("[data-testid=document-missing]").count() == 0

    legal = new_page()
    log_in(legal, base, LEGAL, DEMO_PASSWORD)
    legal.goto(f"{base}/desk/queue/?department=legal")
    with legal.expect_navigation():
        legal.click(f"text={number}")
    with legal.expect_navigation():
        legal.click("[data-testid=take]")
    for key in ("documents", "legal_review", "submission"):
        with legal.expect_navigation():
            legal.locator(f"[data-testid=step-{key}] [data-testid=step-done]").click()
        assert (
            "done"
            in legal.locator(f"[data-testid=step-{key}] [data-testid=step-state]").inner_text()
        )
    legal.fill("[data-testid=registration-form] input[name=number]", "2026310101000777")
    with legal.expect_navigation():
        legal.click("[data-testid=registration-submit]")
    assert "2026310101000777" in legal.locator("[data-testid=registration-number]").inner_text()
    tax = legal.locator("[data-testid=step-tax_followup] [data-testid=step-state]").inner_text()
    assert "under way" in tax

    member.goto(f"{base}/connections/{connection.pk}/")
    assert "2026310101000777" in member.locator("[data-testid=contract]").inner_text()

    # Another of the member's requests is no longer needed: withdrawn, with the reason.
    other = Case.objects.filter(requester__email=MEMBER_EMAIL, status__in=OPEN_STATUSES).exclude(
        number=number
    )[0]
    member.goto(f"{base}/desk/cases/{other.pk}/")
    member.click("[data-testid=cancel-open]")
    member.fill("#id_cancel_reason", "We found a partner ourselves.")
    with member.expect_navigation():
        member.click("[data-testid=cancel-submit]")
    assert "Closed" in member.locator("[data-testid=case-status]").inner_text()
    assert "found a partner" in member.locator("[data-testid=case-cancelled]").inner_text()
