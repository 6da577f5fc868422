"""Concepts."""

CONCEPTS = ()
