#!/usr/bin/env bash
# Pack the built bundle for Linux users, then check the package installs and uninstalls.
#   installers/linux/make_tarball.sh dist/vrac-desktop dist/vrac-desktop-<v>-linux-<arch>.tar.gz
# The tarball holds one folder: the one-folder bundle, the menu entry, the icons, install.sh
# (installs to ~/.local) and README.txt.
set -euo pipefail
BUNDLE=$1
OUT=$2
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
NAME=$(basename "$OUT" .tar.gz)
STAGE="$ROOT/build/tarball"
rm -rf "$STAGE"
mkdir -p "$STAGE/$NAME/icons"
cp -a "$BUNDLE" "$STAGE/$NAME/vrac-desktop"
cp "$ROOT/resources/vrac-desktop.desktop" "$STAGE/$NAME/"
cp "$ROOT"/resources/icons/vrac-desktop-*.png "$ROOT/resources/icons/vrac-desktop.svg" \
   "$STAGE/$NAME/icons/"
install -m 755 "$ROOT/installers/linux/install.sh" "$STAGE/$NAME/install.sh"
cp "$ROOT/installers/linux/README.txt" "$STAGE/$NAME/README.txt"
mkdir -p "$(dirname "$OUT")"
tar -C "$STAGE" --owner=0 --group=0 --numeric-owner -czf "$OUT.part" "$NAME"
mv "$OUT.part" "$OUT"
rm -rf "$STAGE"

# The package as a user gets it: unpack, install into a throw-away home, run, uninstall.
CHECK=$(mktemp -d "${TMPDIR:-/tmp}/vrac-tarball-check.XXXXXX")
trap 'rm -rf "$CHECK"' EXIT
mkdir -p "$CHECK/home"
tar -C "$CHECK" -xzf "$OUT"
HOME="$CHECK/home" PREFIX="$CHECK/home/.local" sh "$CHECK/$NAME/install.sh" >/dev/null
installed="$CHECK/home/.local"
"$installed/bin/vrac-desktop" --version | grep -q "^vrac-desktop " \
  || { echo "the installed command does not run" >&2; exit 1; }
[ -f "$installed/share/icons/hicolor/48x48/apps/vrac-desktop.png" ] \
  || { echo "icons not installed" >&2; exit 1; }
grep -q "^Exec=\"$installed/lib/vrac-desktop/vrac-desktop\"" \
  "$installed/share/applications/vrac-desktop.desktop" \
  || { echo "the menu entry does not point at the installed program" >&2; exit 1; }
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$installed/share/applications/vrac-desktop.desktop"
fi
HOME="$CHECK/home" PREFIX="$installed" sh "$CHECK/$NAME/install.sh" --uninstall >/dev/null
left=$(find "$installed" -type f -o -type l | grep -c vrac-desktop || true)
[ "$left" -eq 0 ] || { echo "uninstall left $left files" >&2; exit 1; }
echo "Wrote $OUT ($(du -h "$OUT" | cut -f1)); install.sh and --uninstall checked."
