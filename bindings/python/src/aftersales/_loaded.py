"""The library this process uses, loaded (and its ABI version checked) when the package is imported."""

from ._native import load

LIBRARY = load()
