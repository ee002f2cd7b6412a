"""The ingest pipeline: loading, paragraphs, dates, events, names and storing.

Every pattern the stages compile gets a first-character filter (regex_prefilter.py): installed
here, before any stage module compiles its patterns.
"""

from app.ingest import regex_prefilter

regex_prefilter.install()
