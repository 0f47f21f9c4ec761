"""Crosswalks: typed links between requirements of two scheme versions, recognition rules,
their file format and import, consistency checks and suggestions."""
