"""The demo-day tests use the mentoring tests' cohort and company."""

from tests.incubation.mentoring.conftest import cohort, company

__all__ = ["cohort", "company"]
