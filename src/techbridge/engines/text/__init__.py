"""Text analysis for Chinese and English: normalisation, language detection, index terms.

Pure Python (no Django). The stable interface used by search and matching:

- :func:`normalise` -- canonical form (NFKC, simplified Chinese, no control characters).
- :func:`detect_language` -- ``"zh"``, ``"en"`` or ``"other"``.
- :func:`index_terms` -- terms of a document for a full-text index.
- :func:`query_terms` -- terms of a query (same analysis, first 500 characters).
"""

from __future__ import annotations

from techbridge.engines.text.analysis import QUERY_MAX_CHARS, index_terms, query_terms
from techbridge.engines.text.language import detect_language
from techbridge.engines.text.normalisation import normalise

__all__ = ["QUERY_MAX_CHARS", "detect_language", "index_terms", "normalise", "query_terms"]
