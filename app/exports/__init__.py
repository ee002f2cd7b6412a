"""Exports of a filtered timeline view: pure functions from rows to text (see ``formats``)."""
