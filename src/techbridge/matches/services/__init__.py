"""Every write to matches: computing them with the engine (one profile, or everything),
removing them, members' feedback. Notifications for new matches go out after commit.

- `proposals`: which pairs the engine's proposals become (reads only);
- `writing`: one profile's matches computed and stored, the shared write, notifications;
- `rematch`: every live profile's matches at once;
- `explanations`: the stored explanations (blind owners never named);
- `feedback`: removing matches, members' feedback.
"""

from techbridge.matches.services.feedback import (
    match_feedback,
    match_feedback_from_decline,
    match_remove_for_organisation,
    match_remove_for_profile,
    matches_mark_seen,
)
from techbridge.matches.services.proposals import (
    ORG_MATCHES,
    PairKey,
    cross_language_slots,
    min_score,
    proposals_for,
    proposals_for_many,
    setting,
    top_k,
)
from techbridge.matches.services.rematch import match_compute_all
from techbridge.matches.services.writing import (
    TOUCHED,
    MatchingSummary,
    match_compute_for_profile,
    notify_threshold,
)

__all__ = [
    "ORG_MATCHES",
    "TOUCHED",
    "MatchingSummary",
    "PairKey",
    "cross_language_slots",
    "match_compute_all",
    "match_compute_for_profile",
    "match_feedback",
    "match_feedback_from_decline",
    "match_remove_for_organisation",
    "match_remove_for_profile",
    "matches_mark_seen",
    "min_score",
    "notify_threshold",
    "proposals_for",
    "proposals_for_many",
    "setting",
    "top_k",
]
