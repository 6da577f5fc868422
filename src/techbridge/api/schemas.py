"""Moved to `techbridge.core.api_schemas`; this alias lives for one landing only (for branches
opened before the move) and is then removed. Import from core.api_schemas."""

from techbridge.core.api_schemas import ErrorOut, Page

__all__ = ["ErrorOut", "Page"]
