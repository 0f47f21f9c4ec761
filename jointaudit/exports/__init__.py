"""File exports: checklists (XLSX/CSV/JSON), calendars (.ics) and visit lists (CSV)."""
