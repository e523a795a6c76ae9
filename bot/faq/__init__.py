"""Typed questions answered from the information pages: keyword lists and their matcher."""
