"""The one-command demo: a sandbox database, built-in sample data, a readable report."""
