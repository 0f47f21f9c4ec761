"""Keys, signatures and approvals: who may sign for which scheme and what a signature covers."""
