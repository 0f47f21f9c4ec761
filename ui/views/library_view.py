"""Library view."""

from __future__ import annotations

from ui.views.base import View


class LibraryView(View):
    key = "library"

    def title(self) -> str:
        return self.tr("Library")
