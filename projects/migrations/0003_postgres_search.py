"""PostgreSQL search support: pg_trgm, a GIN index on the search vector, trigram indexes.

These exist on PostgreSQL only (SQLite has neither tsvector nor trigram indexes), so they are
created here rather than in ``Meta.indexes``; the catalogue search falls back to plain
matching on SQLite.
"""

from django.db import migrations

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    # Full-text search: `search_vector @@ websearch_to_tsquery(...)` in projects.selectors.
    "CREATE INDEX IF NOT EXISTS project_search_vector ON projects_project USING gin (search_vector)",
    # Typo tolerance: trigram word similarity on names, taglines and tag names (`%>` operator).
    "CREATE INDEX IF NOT EXISTS project_name_trgm ON projects_project USING gin (name gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS project_tagline_trgm ON projects_project "
    "USING gin (tagline gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS project_tags_trgm ON projects_project "
    "USING gin (search_tags gin_trgm_ops)",
]
BACKWARD = [
    "DROP INDEX IF EXISTS project_tags_trgm",
    "DROP INDEX IF EXISTS project_tagline_trgm",
    "DROP INDEX IF EXISTS project_name_trgm",
    "DROP INDEX IF EXISTS project_search_vector",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("projects", "0002_catalogue")]

    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD))]
