"""What auditors record on a visit: findings on joint items, ratings in each scheme's own
scale, evidence and corrective actions with their deadlines."""
