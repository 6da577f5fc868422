"""Benchmarks of the platform's apps (`techbridge bench ...`); each module's `run()` returns
one JSON-ready dict. The pure engine benchmarks stay beside their engine (engines/*/bench.py)."""
