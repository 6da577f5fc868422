"""Cross-lingual (Chinese <-> English) matching of technology offers and requests.

Pure Python (no Django). The public API, described with its measurements in
``docs/matching.md``:

- :class:`MatchingEngine` (``build``, ``add``, ``remove``, ``top``, ``rank``, ``cross_lingual``)
  configured by :class:`MatchingConfig` (``analyse`` a document into an
  :class:`AnalysedProfile`, ``build_analysed`` from those, ``top_many``/``explain_many`` in
  batches);
- :class:`ProfileDoc` in, :class:`MatchResult` (with :class:`Explanation` and
  :class:`Concept`) out;
- :class:`CrossLingual` for search (query expansion into the other language, query vectors);
- feedback: :class:`Mark`, :func:`fit_feedback`, :class:`FeedbackModel`.
"""

from __future__ import annotations

from techbridge.engines.matching.crosslingual import CrossLingual
from techbridge.engines.matching.engine import AnalysedProfile, MatchingConfig, MatchingEngine
from techbridge.engines.matching.feedback import FeedbackModel, Mark
from techbridge.engines.matching.feedback import fit as fit_feedback
from techbridge.engines.matching.scoring import ComponentWeights
from techbridge.engines.matching.types import Concept, Explanation, MatchResult, ProfileDoc

__all__ = [
    "AnalysedProfile",
    "ComponentWeights",
    "Concept",
    "CrossLingual",
    "Explanation",
    "FeedbackModel",
    "Mark",
    "MatchResult",
    "MatchingConfig",
    "MatchingEngine",
    "ProfileDoc",
    "fit_feedback",
]
