"""Persistence for the safeguarding bot: SQLModel tables, engines, sessions, migrations
and named queries, on SQLite or PostgreSQL."""
