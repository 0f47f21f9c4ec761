"""Developer tools that drive the real app (screenshots, scripted scenarios); not shipped."""
