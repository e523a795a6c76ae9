"""Data rights (access, erasure, stop-contact) and retention."""
