"""Full-text search that ignores accents on PostgreSQL ("elections besancon" finds "Élections
à Besançon"), as the SQLite fallback already does.

Two text search configurations copy the French and English ones and pass each word through the
`unaccent` dictionary before stemming; the GIN indexes of 0003 are rebuilt on them. PostgreSQL
needs its `unaccent` extension (shipped with the server's contrib modules and the official
image); the migration creates it. Other databases get nothing.
"""

from django.db import migrations

CONFIGS = {"frise_french": "french", "frise_english": "english"}
OLD = {"french": "fr", "english": "en"}
INDEXES = [
    ("timeline_mention_sentence_fts_{}", "timeline_mention", "sentence"),
    ("timeline_event_title_fts_{}", "timeline_event", "title"),
]


def _indexes(schema_editor, configs: dict[str, str]) -> None:
    for config, short in configs.items():
        for name, table, column in INDEXES:
            index = name.format(short)
            schema_editor.execute(f"DROP INDEX IF EXISTS {index}")
            schema_editor.execute(
                f"CREATE INDEX {index} ON {table} USING gin "
                f"(to_tsvector('{config}'::regconfig, COALESCE({column}, '')))"
            )


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    for config, base in CONFIGS.items():
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {config}")
        schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {config} (COPY = {base})")
        schema_editor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {config} ALTER MAPPING FOR hword, hword_part, word "
            f"WITH unaccent, {base}_stem"
        )
    _indexes(schema_editor, {config: OLD[base] for config, base in CONFIGS.items()})


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    _indexes(schema_editor, OLD)
    for config in CONFIGS:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {config}")


class Migration(migrations.Migration):
    dependencies = [("timeline", "0003_search_indexes")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
