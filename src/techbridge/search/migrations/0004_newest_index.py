"""An index for browsing by date: ``ORDER BY published_at DESC, id DESC LIMIT n`` (the order of
the "newest" sort, and of a search without words) reads the first rows of the index."""

from django.db import migrations

SQL = {
    "sqlite": "CREATE INDEX IF NOT EXISTS search_doc_newest ON search_document "
    "(published_at DESC, profile_id DESC)",
    "postgresql": "CREATE INDEX IF NOT EXISTS search_doc_newest ON search_document "
    "(published_at DESC NULLS LAST, profile_id DESC)",
}


def forward(apps, schema_editor):
    sql = SQL.get(schema_editor.connection.vendor)
    if sql:
        schema_editor.execute(sql)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor in SQL:
        schema_editor.execute("DROP INDEX IF EXISTS search_doc_newest")


class Migration(migrations.Migration):
    dependencies = [("search", "0003_index_state")]

    operations = [migrations.RunPython(forward, backward)]
