"""The demo data set (pure Python, no Django): see :mod:`techbridge.demo.generator`."""

from techbridge.demo.generator import demo_dataset, synthetic_profiles

__all__ = ["demo_dataset", "synthetic_profiles"]
