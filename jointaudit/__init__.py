"""jointaudit core: one joint audit plan for several mining sustainability schemes.

This package is Qt-free. The desktop app lives in the top-level ``ui`` package.
"""

__version__ = "0.1.0"
