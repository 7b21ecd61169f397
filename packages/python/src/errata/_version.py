"""Generated from schemas/catalog.json by scripts/generate.py. Do not edit.

The package's version: the catalogue's.
"""

__version__ = "0.0.0"
