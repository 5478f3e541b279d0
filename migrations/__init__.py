"""Alembic environment and revisions: the only way lossmon's schema changes.

Shipped inside the wheel as `monitor.migrations` (see pyproject.toml), so an installed
`lossmon serve` can migrate its embedded database on first start.
"""
