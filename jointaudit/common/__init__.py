"""The small vocabulary every layer shares: typed errors, the common severity, the pack
date-rule language, safe readers for user files (text, CSV, XLSX) and shipped resources."""
