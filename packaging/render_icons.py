"""Render the application icon SVG to the PNG sizes, .ico and .icns the platforms need.

Run after editing ``resources/icons/jointaudit.svg``:
``QT_QPA_PLATFORM=offscreen python packaging/render_icons.py``. The outputs are committed,
so building the bundle needs no SVG renderer.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(ICONS / "jointaudit.svg"))
    if not renderer.isValid():
        print("resources/icons/jointaudit.svg is not a valid SVG", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in SIZES}
    for size, image in images.items():
        image.save(str(ICONS / f"jointaudit-{size}.png"), "PNG")
    # Qt's ico/icns writers take one image; Pillow packs several sizes in one file.
    from PIL import Image

    png = Image.open(ICONS / "jointaudit-512.png")
    png.save(ICONS / "jointaudit.ico", sizes=[(s, s) for s in ICO_SIZES])
    png.save(ICONS / "jointaudit.icns")
    print(f"wrote {len(SIZES)} PNGs, jointaudit.ico and jointaudit.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
