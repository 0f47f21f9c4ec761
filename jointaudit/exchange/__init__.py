"""Exchange bundles: the file format, its content documents, the offline three-way merge
and the import that applies it to a workspace."""
