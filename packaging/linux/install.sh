#!/bin/sh
# Desktop integration of the jointaudit bundle for the current user (no root needed):
# launcher in the menu, icon, and .jaworkspace/.jabundle opening the app on double-click.
#   packaging/linux/install.sh [BUNDLE_DIR]       default: dist/jointaudit (after `make bundle`)
#   packaging/linux/install.sh --uninstall
# Honours XDG_DATA_HOME (default ~/.local/share) and JOINTAUDIT_BIN_DIR (default ~/.local/bin).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
APP_ID=org.jointaudit.JointAudit
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=${JOINTAUDIT_BIN_DIR:-$HOME/.local/bin}
SIZES="16 24 32 48 64 128 256 512"

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$DATA/mime"; fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database "$DATA/applications"
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$BIN/jointaudit" "$DATA/applications/$APP_ID.desktop" \
          "$DATA/metainfo/$APP_ID.metainfo.xml" "$DATA/mime/packages/$APP_ID.xml" \
          "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
    for s in $SIZES; do rm -f "$DATA/icons/hicolor/${s}x${s}/apps/$APP_ID.png"; done
    mkdir -p "$DATA/mime" "$DATA/applications"
    refresh
    echo "jointaudit desktop integration removed"
    exit 0
fi

BUNDLE=$(cd "${1:-$ROOT/dist/jointaudit}" && pwd)
if [ ! -x "$BUNDLE/jointaudit" ]; then
    echo "$BUNDLE/jointaudit: no bundle here; run \`make bundle\` first" >&2
    exit 1
fi

mkdir -p "$BIN" "$DATA/applications" "$DATA/metainfo" "$DATA/mime/packages" \
         "$DATA/icons/hicolor/scalable/apps"
ln -sf "$BUNDLE/jointaudit" "$BIN/jointaudit"
# The menu entry runs the absolute path, so it works even if $BIN is not on PATH.
sed -e "s|^Exec=jointaudit |Exec=$BIN/jointaudit |" -e "s|^TryExec=jointaudit$|TryExec=$BIN/jointaudit|" \
    "$HERE/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
cp "$HERE/$APP_ID.metainfo.xml" "$DATA/metainfo/"
cp "$HERE/$APP_ID.mime.xml" "$DATA/mime/packages/$APP_ID.xml"
ICONS="$BUNDLE/_internal/resources/icons"
[ -d "$ICONS" ] || ICONS="$ROOT/resources/icons"
cp "$ICONS/jointaudit.svg" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
for s in $SIZES; do
    mkdir -p "$DATA/icons/hicolor/${s}x${s}/apps"
    cp "$ICONS/jointaudit-$s.png" "$DATA/icons/hicolor/${s}x${s}/apps/$APP_ID.png"
done
refresh
echo "jointaudit installed for $(id -un): $BIN/jointaudit -> $BUNDLE/jointaudit"
