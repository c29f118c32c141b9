"""GIN indexes for the timeline's full-text search on PostgreSQL (EventQuerySet.searching).

The expressions are those Django writes for SearchVector(field, config=...), so the planner can
use them; other databases have no full-text search and get nothing.
"""

from django.db import migrations

INDEXES = [
    ("timeline_mention_sentence_fts_fr", "timeline_mention", "sentence", "french"),
    ("timeline_mention_sentence_fts_en", "timeline_mention", "sentence", "english"),
    ("timeline_event_title_fts_fr", "timeline_event", "title", "french"),
    ("timeline_event_title_fts_en", "timeline_event", "title", "english"),
]


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, table, column, config in INDEXES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin "
            f"(to_tsvector('{config}'::regconfig, COALESCE({column}, '')))"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table, _column, _config in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("timeline", "0002_editors_group")]

    operations = [migrations.RunPython(create_indexes, drop_indexes, elidable=False)]
