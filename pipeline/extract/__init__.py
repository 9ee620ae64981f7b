"""Extractors: one spaCy pipeline component per fact kind."""
