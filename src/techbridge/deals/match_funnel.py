"""What came from automatic matching: matches proposed → viewed → EOIs sent from a match →
accepted → meetings → intentions → contracts (with value in CNY), in total, per language
pair and per sector, with the members' feedback on the matches beside it. Meetings,
intentions and contracts count only when confirmed and verified (`figures.counted`), as in
the rest of the funnel.

A match is "proposed" while it exists (a rematch prunes matches it no longer proposes), and
"viewed" once either side opened it (its status left `new`). A connection counts as coming
from matching when it was sent from a match (`Connection.from_match`); its language pair was
copied then, so it survives the match's removal."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.selectors import is_staff
from techbridge.core.errors import PermissionDenied
from techbridge.core.taxonomy import sector_name
from techbridge.deals.choices import Status
from techbridge.deals.figures import counted
from techbridge.deals.models import Connection
from techbridge.deals.selectors import visible_connections
from techbridge.matches.models import FeedbackReason, Match, MatchFeedback, MatchStatus

MATCH_STEPS = (
    ("proposed", _("Matches proposed")),
    ("viewed", _("Matches viewed")),
    ("eois", _("Expressions of interest from a match")),
    ("accepted", _("Contacts accepted")),
    ("meetings", _("Meetings held")),
    ("intentions", _("Cooperation intentions")),
    ("contracts", _("Contracts signed")),
)
PAIR_LABELS = {
    "en->en": _("English → English"),
    "zh->zh": _("Chinese → Chinese"),
    "en->zh": _("English → Chinese"),
    "zh->en": _("Chinese → English"),
    "en->org": _("English → organisation"),
    "zh->org": _("Chinese → organisation"),
}


@dataclass
class MatchRow:
    key: str
    label: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(dict(MATCH_STEPS), 0))
    value_cny: Decimal = Decimal(0)
    useful: int = 0
    not_useful: int = 0

    def add(self, step: str, n: int = 1) -> None:
        self.counts[step] += n


@dataclass
class MatchFunnel:
    steps: list[dict[str, Any]]
    by_pair: list[MatchRow]
    by_sector: list[MatchRow]
    value_cny: Decimal
    reasons: list[tuple[str, int]]
    share_of_eois: float | None


class _Tables:
    def __init__(self) -> None:
        self.total = MatchRow("", "")
        self.pairs: dict[str, MatchRow] = {}
        self.sectors: dict[str, MatchRow] = {}

    def rows(self, pair: str, sectors: list[str] | None) -> list[MatchRow]:
        out = [self.total]
        if pair:
            out.append(
                self.pairs.setdefault(pair, MatchRow(pair, str(PAIR_LABELS.get(pair, pair))))
            )
        for s in dict.fromkeys(sectors or []):
            out.append(self.sectors.setdefault(s, MatchRow(s, str(sector_name(s)))))
        return out


def _pair(request_lang: str, offer_lang: str | None) -> str:
    return f"{request_lang}->{offer_lang or 'org'}"


def _matches(tables: _Tables) -> None:
    rows = Match.objects.values_list(
        "request__language",
        "offer__language",
        "request__sectors",
        "request_status",
        "partner_status",
    )
    for request_lang, offer_lang, sectors, request_status, partner_status in rows.iterator():
        viewed = request_status != MatchStatus.NEW or partner_status != MatchStatus.NEW
        for row in tables.rows(_pair(request_lang, offer_lang), sectors):
            row.add("proposed")
            row.add("viewed", int(viewed))


def _feedback(tables: _Tables) -> list[tuple[str, int]]:
    reasons: Counter[str] = Counter()
    rows = MatchFeedback.objects.values_list(
        "useful",
        "reason",
        "match__request__language",
        "match__offer__language",
        "match__request__sectors",
    )
    for useful, reason, request_lang, offer_lang, sectors in rows.iterator():
        pair = _pair(request_lang, offer_lang) if request_lang else ""
        for row in tables.rows(pair, sectors):
            if useful:
                row.useful += 1
            else:
                row.not_useful += 1
        if not useful:
            reasons[reason or FeedbackReason.OTHER] += 1
    labels = dict(FeedbackReason.choices)
    return [(str(labels.get(k, k)), n) for k, n in reasons.most_common()]


def _connections(tables: _Tables, connections: Any) -> None:
    from_match = connections.filter(from_match=True)
    verified = counted(from_match.filter(status=Status.ACCEPTED))
    for cid, status, pair, sectors in from_match.values_list(
        "id", "status", "match_pair", "profile__sectors"
    ):
        reached = {
            "eois": True,
            "accepted": status == Status.ACCEPTED,
            "meetings": cid in verified.meetings,
            "intentions": cid in verified.intentions,
            "contracts": cid in verified.contracts,
        }
        value = verified.contracts.get(cid, Decimal(0))
        for row in tables.rows(pair, sectors):
            for step, hit in reached.items():
                row.add(step, int(hit))
            row.value_cny += value


def match_funnel(*, actor: Any) -> MatchFunnel:
    """The funnel of automatic matching over every match and the connections the (staff)
    actor sees."""
    if not is_staff(actor):
        raise PermissionDenied()
    tables = _Tables()
    _matches(tables)
    reasons = _feedback(tables)
    connections = visible_connections(actor)
    _connections(tables, connections)
    all_eois = connections.count()
    steps = []
    previous = None
    for key, label in MATCH_STEPS:
        count = tables.total.counts[key]
        rate = None if not previous else round(100 * count / previous, 1)
        steps.append({"key": key, "label": label, "count": count, "rate": rate})
        previous = count
    order = lambda r: (-r.counts["proposed"] - r.counts["eois"], r.label)  # noqa: E731
    return MatchFunnel(
        steps=steps,
        by_pair=sorted(tables.pairs.values(), key=order),
        by_sector=sorted(tables.sectors.values(), key=order),
        value_cny=tables.total.value_cny,
        reasons=reasons,
        share_of_eois=round(100 * tables.total.counts["eois"] / all_eois, 1) if all_eois else None,
    )


def from_matching_headline() -> dict[str, Any]:
    """The public figures' share of automatic matching: accepted connections sent from a
    match, and their verified contracts and value (no organisation named)."""
    connections = Connection.objects.filter(Q(status=Status.ACCEPTED, from_match=True))
    verified = counted(connections)
    return {
        "connections": connections.count(),
        "contracts": len(verified.contracts),
        "value_cny": sum(verified.contracts.values(), Decimal(0)),
    }
