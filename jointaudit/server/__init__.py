"""A workspace shared on a PostgreSQL server: roles and row-level security
(:mod:`~jointaudit.server.roles`), its administration (:mod:`~jointaudit.server.admin`) and
offline fieldwork against it (:mod:`~jointaudit.server.offline`)."""
