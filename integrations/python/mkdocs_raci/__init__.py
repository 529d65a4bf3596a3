"""MkDocs plugin for raci-widget (`plugins: [raci]`): RACI matrices from Markdown tables, CSV or JSON; the core is in the raci_widget package."""
