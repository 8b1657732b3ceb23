"""Extractors: one module per concern, each reading the cleaned Document."""
