"""Simplified Chinese formats: Django's, with digit groups for large numbers.

Django's zh_Hans has no thousand separator, so "18260000" reads as one block; business and
government documents in mainland China group by three with commas (18,260,000)."""

from django.conf.locale.zh_Hans.formats import *  # noqa: F403

THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
MONTH_DAY_FORMAT = "n月j日"  # 9月5日 (Django's pads the month: 09月5日)
