"""Alembic environment and revisions: the only way lossmon's schema changes.

Shipped inside the wheel as `lossmon.server.migrations` (see pyproject.toml), so an installed
`lossmon serve` can migrate its embedded database on first start.
"""
