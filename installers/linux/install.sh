#!/bin/sh
# Install VRAC Desktop for the current user, no administrator rights and no Python needed.
#   ./install.sh              install (or update) into ~/.local
#   ./install.sh --uninstall  remove the program; your data folder is never touched
# Files: ~/.local/lib/vrac-desktop/ (the program), ~/.local/bin/vrac-desktop (the command),
# ~/.local/share/applications/vrac-desktop.desktop (the menu entry) and the icons in
# ~/.local/share/icons/hicolor/. Data stays in ~/.local/share/vrac-desktop/ (encrypted).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
LIB="$PREFIX/lib/vrac-desktop"
BIN="$PREFIX/bin/vrac-desktop"
APPS="$PREFIX/share/applications"
ICONS="$PREFIX/share/icons/hicolor"
SIZES="16 32 48 64 128 256 512"

# Desktops watch these folders; a newer folder time makes icon themes look again. No user
# icon cache is written: a stale one would hide other programs' icons.
refresh_menus() {
  touch "$APPS" "$ICONS" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$LIB"
  rm -f "$BIN" "$APPS/vrac-desktop.desktop" "$ICONS/scalable/apps/vrac-desktop.svg"
  for s in $SIZES; do rm -f "$ICONS/${s}x${s}/apps/vrac-desktop.png"; done
  refresh_menus
  echo "VRAC Desktop is removed. Your data (if any) is still in ~/.local/share/vrac-desktop/."
  exit 0
fi

# Copy next to the old version first, then swap: an interrupted update leaves a working one.
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$APPS" "$ICONS/scalable/apps"
rm -rf "$LIB.new"
cp -R "$HERE/vrac-desktop" "$LIB.new"
rm -rf "$LIB.old"
[ -d "$LIB" ] && mv "$LIB" "$LIB.old"
mv "$LIB.new" "$LIB"
rm -rf "$LIB.old"
ln -sf "$LIB/vrac-desktop" "$BIN"

# The menu entry names the program by its full path: ~/.local/bin is not on every PATH.
sed "s|^Exec=vrac-desktop|Exec=\"$LIB/vrac-desktop\"|" "$HERE/vrac-desktop.desktop" \
  > "$APPS/vrac-desktop.desktop"
chmod 644 "$APPS/vrac-desktop.desktop"
for s in $SIZES; do
  mkdir -p "$ICONS/${s}x${s}/apps"
  cp "$HERE/icons/vrac-desktop-$s.png" "$ICONS/${s}x${s}/apps/vrac-desktop.png"
done
cp "$HERE/icons/vrac-desktop.svg" "$ICONS/scalable/apps/vrac-desktop.svg"
refresh_menus

version=$("$LIB/vrac-desktop" --version 2>/dev/null || echo "VRAC Desktop")
echo "Installed $version. Start it from your applications menu (VRAC Desktop),"
echo "or type: $BIN"
