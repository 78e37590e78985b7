"""Streamlit helpers shared by the pages: cached loaders and URL-synced filters (UI layer only)."""
