"""The full-text part of the index, per database vendor.

SQLite: FTS5 external-content tables over the terms columns, kept in sync by triggers.
PostgreSQL: GIN indexes on the tsvector columns (written by the backend from the terms).
"""

from django.db import migrations

SQLITE_TABLES = (
    # (fts table, content table, rowid column)
    ("search_fts", "search_document", "profile_id"),
    ("search_org_fts", "search_org_document", "organisation_id"),
)


def _sqlite_forward(table, content, rowid):
    cols = "title_terms, body_terms"
    new = f"new.{rowid}, new.title_terms, new.body_terms"
    old = f"'delete', old.{rowid}, old.title_terms, old.body_terms"
    return [
        f"CREATE VIRTUAL TABLE {table} USING fts5({cols}, content='{content}', "
        f"content_rowid='{rowid}', tokenize='unicode61 remove_diacritics 0')",
        f"CREATE TRIGGER {table}_ai AFTER INSERT ON {content} BEGIN "
        f"INSERT INTO {table}(rowid, {cols}) VALUES ({new}); END",
        f"CREATE TRIGGER {table}_ad AFTER DELETE ON {content} BEGIN "
        f"INSERT INTO {table}({table}, rowid, {cols}) VALUES ({old}); END",
        f"CREATE TRIGGER {table}_au AFTER UPDATE ON {content} BEGIN "
        f"INSERT INTO {table}({table}, rowid, {cols}) VALUES ({old}); "
        f"INSERT INTO {table}(rowid, {cols}) VALUES ({new}); END",
        f"INSERT INTO {table}({table}) VALUES ('rebuild')",
    ]


def _sqlite_backward(table, content, rowid):
    return [f"DROP TRIGGER IF EXISTS {table}_{s}" for s in ("ai", "ad", "au")] + [
        f"DROP TABLE IF EXISTS {table}"
    ]


POSTGRES_FORWARD = [
    "CREATE INDEX IF NOT EXISTS search_document_tsv ON search_document USING gin (tsv)",
    "CREATE INDEX IF NOT EXISTS search_org_document_tsv ON search_org_document USING gin (tsv)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_document_tsv",
    "DROP INDEX IF EXISTS search_org_document_tsv",
]


def _run(schema_editor, statements):
    for sql in statements:
        schema_editor.execute(sql)


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        for spec in SQLITE_TABLES:
            _run(schema_editor, _sqlite_forward(*spec))
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRES_FORWARD)


def backward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        for spec in SQLITE_TABLES:
            _run(schema_editor, _sqlite_backward(*spec))
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRES_BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(forward, backward)]
