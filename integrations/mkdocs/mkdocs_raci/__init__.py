"""MkDocs plugin for raci-widget: RACI matrices from Markdown tables, CSV or JSON."""
