"""Resolve: tie partial mentions to full values (dates against the publication date, acronyms, persons)."""
