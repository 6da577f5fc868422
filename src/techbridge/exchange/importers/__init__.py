"""The import kinds; importing this package registers them."""

from techbridge.exchange.importers import events, organisations, profiles

__all__ = ["events", "organisations", "profiles"]
