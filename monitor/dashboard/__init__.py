"""Server-rendered dashboards."""
