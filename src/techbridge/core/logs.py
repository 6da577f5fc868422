"""Logging filters: a refused request (403, 404, 400, 429) is one line in the log, not a
traceback; only server errors (5xx) keep theirs."""

from __future__ import annotations

import logging


class OneLineClientErrors(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        status = getattr(record, "status_code", None)
        if record.name.startswith("django.security") or (status is not None and status < 500):
            record.exc_info = None
            record.exc_text = None
        return True
