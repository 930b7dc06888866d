#!/usr/bin/env bash
# OPTIONAL, the AppImage step UNTESTED: appimagetool is a download from GitHub, which this
# project's machines cannot reach. What is tested: the AppDir it packs (its AppRun starts the
# bundle). With appimagetool on the PATH:
#   installers/linux/make_appimage.sh dist/vrac-desktop dist/VRAC_Desktop-<v>-x86_64.AppImage
set -euo pipefail
BUNDLE=$1
OUT=$2
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
APPDIR="$ROOT/build/AppDir"
rm -rf "$APPDIR"
mkdir -p "$APPDIR/usr/lib" "$APPDIR/usr/share/applications"
cp -a "$BUNDLE" "$APPDIR/usr/lib/vrac-desktop"
cat > "$APPDIR/AppRun" <<'SH'
#!/bin/sh
HERE=$(dirname "$(readlink -f "$0")")
exec "$HERE/usr/lib/vrac-desktop/vrac-desktop" "$@"
SH
chmod 755 "$APPDIR/AppRun"
cp "$ROOT/resources/vrac-desktop.desktop" "$APPDIR/vrac-desktop.desktop"
cp "$ROOT/resources/vrac-desktop.desktop" "$APPDIR/usr/share/applications/"
cp "$ROOT/resources/icons/vrac-desktop-256.png" "$APPDIR/vrac-desktop.png"
for s in 16 32 48 64 128 256 512; do
  mkdir -p "$APPDIR/usr/share/icons/hicolor/${s}x${s}/apps"
  cp "$ROOT/resources/icons/vrac-desktop-$s.png" \
     "$APPDIR/usr/share/icons/hicolor/${s}x${s}/apps/vrac-desktop.png"
done
ln -sf vrac-desktop.png "$APPDIR/.DirIcon"
"$APPDIR/AppRun" --version
if ! command -v appimagetool >/dev/null; then
  echo "AppDir ready in $APPDIR; appimagetool is not installed, so no AppImage was made."
  exit 0
fi
ARCH=x86_64 appimagetool "$APPDIR" "$OUT"
echo "Wrote $OUT"
