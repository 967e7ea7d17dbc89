"""Patterns over time from the journal, as charts with plain text summaries."""
