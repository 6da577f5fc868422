"""TechBridge: the technology-transfer and B2B matchmaking platform."""

__version__ = "0.1.0"
