#!/usr/bin/env bash
# Install the Debian/Ubuntu packages VRAC Desktop needs, only those missing.
#   tools/system-deps.sh run    libraries Qt's xcb platform needs to open a window
#   tools/system-deps.sh test   + what the test suite uses (sqlite3 CLI, poppler, Xvfb,
#                                 openssl, PostgreSQL server, LibreOffice for .docx checks,
#                                 desktop-file-validate for the desktop entry test)
#   tools/system-deps.sh bundle + what `make bundle` uses (objdump for PyInstaller, Xvfb and
#                                 poppler and GNOME Keyring for the bundle's smoke test,
#                                 desktop-file-validate)
# Uses sudo when not root. On a system without apt-get it says what to install and goes on.
set -euo pipefail
want=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0
      libxcb-image0 libxcb-randr0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1
      libfontconfig1 libdbus-1-3 fonts-dejavu-core)
if [ "${1:-run}" = "test" ]; then
  want+=(sqlite3 poppler-utils xvfb openssl libreoffice-writer-nogui fonts-noto-color-emoji
         desktop-file-utils)
  # The team-server tests start a throw-away PostgreSQL server (tests/server/postgres.py).
  # Debian installs initdb in /usr/lib/postgresql/<major>/bin, off the PATH: look there too.
  if ! command -v initdb >/dev/null && ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
  then
    want+=(postgresql)
  fi
fi
if [ "${1:-run}" = "bundle" ]; then
  want+=(binutils xvfb xauth poppler-utils desktop-file-utils gnome-keyring)
fi
python3 -c 'import ensurepip' 2>/dev/null || want+=(python3-venv)
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "Please install with your package manager: ${missing[*]}" >&2
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing Debian packages: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
