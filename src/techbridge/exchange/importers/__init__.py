"""The import kinds; importing this package registers them."""

from techbridge.exchange.importers import organisations, profiles

__all__ = ["organisations", "profiles"]
