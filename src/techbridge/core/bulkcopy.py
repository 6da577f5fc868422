"""Rows in bulk: PostgreSQL's ``COPY … FROM STDIN`` (psycopg's ``cursor.copy``), other
databases ``bulk_create``.

A multi-row ``INSERT`` from ``bulk_create`` spends most of its time in Python (Django
compiling the statement, psycopg quoting every parameter into it: 28 of 35 s for 19,000
search rows, profiled on PostgreSQL); ``COPY`` streams the values as they are. Used where
many rows that are known to be new are written at once: a fresh search index
(``search.services.reindex_all``) and the benchmarks' synthetic data. No signals are sent
and no ids are returned, as with ``bulk_create`` on most databases."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any

from django.db import connections, models


def copy_objects(
    model: type[models.Model], objs: Iterable[models.Model], *, using: str = "default"
) -> int:
    """Insert ``objs`` (new, unsaved instances of ``model``); returns how many. An
    auto-incremented primary key left empty is assigned by the database."""
    objs = list(objs)
    connection = connections[using]
    if not objs:
        return 0
    if connection.vendor != "postgresql":
        model._default_manager.using(using).bulk_create(objs, batch_size=500)
        return len(objs)
    pk = model._meta.pk
    fields = [
        f
        for f in model._meta.concrete_fields
        if not (f is pk and isinstance(f, models.AutoField) and getattr(objs[0], f.attname) is None)
    ]
    quote = connection.ops.quote_name
    columns = ", ".join(quote(f.column) for f in fields)
    sql = f"COPY {quote(model._meta.db_table)} ({columns}) FROM STDIN"
    getters = [_getter(f, connection) for f in fields]
    connection.ensure_connection()
    with connection.connection.cursor() as cursor, cursor.copy(sql) as copy:
        for obj in objs:
            copy.write_row([get(obj) for get in getters])
    return len(objs)


# Fields whose Python value psycopg writes as the database expects it: Django's preparation
# (several calls per value) is skipped for them, a third of the COPY's time.
PLAIN = frozenset(
    {
        "AutoField",
        "BigAutoField",
        "BigIntegerField",
        "BooleanField",
        "CharField",
        "DateField",
        "DecimalField",
        "ForeignKey",
        "IntegerField",
        "OneToOneField",
        "PositiveIntegerField",
        "PositiveSmallIntegerField",
        "SlugField",
        "SmallIntegerField",
        "TextField",
    }
)


def _getter(field: models.Field[Any, Any], connection: Any) -> Callable[[models.Model], Any]:
    attname = field.attname
    automatic = getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
    if field.get_internal_type() not in PLAIN or automatic:
        return lambda obj: _value(field, obj, connection)
    if field.choices:  # a TextChoices member is written as its value
        return lambda obj: _plain(getattr(obj, attname))
    return lambda obj: getattr(obj, attname)


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _value(field: models.Field[Any, Any], obj: models.Model, connection: Any) -> Any:
    value = field.pre_save(obj, add=True)  # auto_now and the like, as save() would
    if value is None:
        return None
    return field.get_db_prep_save(value, connection)
