"""The top floor: tooling that drives the apps from outside (the demo loader, benchmarks,
evaluation, scratch databases). It may import any app; no app imports it."""
