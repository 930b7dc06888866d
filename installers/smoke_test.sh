#!/usr/bin/env bash
# Smoke test of the built one-folder bundle, headless (`make bundle-test`).
#   installers/smoke_test.sh [dist/vrac-desktop] [python-of-the-dev-venv]
# The bundle runs in a scrubbed environment (env -i: no venv, no PYTHONPATH, a temp HOME,
# PATH without the venv), so it shows the bundle needs no Python. It: prints its version;
# creates an encrypted database (passphrase mode: the null keyring backend keeps it away from
# any real OS keyring); imports a family export made by the source tree's own code; checks
# the history; exports a signed plan PDF (Dutch family: the bundled translations must load)
# and verifies it, and a tampered copy must fail; reaches the team-server code (psycopg);
# starts the GUI offscreen (and under Xvfb with the xcb platform when xvfb-run exists) until
# the main window is shown; and, with GNOME Keyring installed, keeps the key of a new
# database in a Secret Service and opens it with no passphrase.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUNDLE=$(cd "${1:-$ROOT/dist/vrac-desktop}" && pwd)
DEV_PYTHON=${2:-$ROOT/.venv/bin/python}
BIN="$BUNDLE/vrac-desktop"
EXPECTED_VERSION=$("$DEV_PYTHON" -c 'import vrac_desktop; print(vrac_desktop.__version__)')
WORK=$(mktemp -d "${TMPDIR:-/tmp}/vrac-bundle-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
DATA="$WORK/data"
mkdir -p "$WORK/home"
step() { printf '  %-58s' "$1"; }
pass() { echo "ok${1:+ ($1)}"; }
fail() { echo "FAILED"; echo "bundle smoke test: $*" >&2; exit 1; }

# The bundle as a coach's laptop runs it: nothing from this shell's environment but the
# display (used by the xcb step only), and never more than two minutes.
run() {
  env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
    PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring \
    VRAC_PASSPHRASE="smoke-test passphrase" QT_QPA_PLATFORM="${QPA:-offscreen}" \
    ${DISPLAY:+DISPLAY="$DISPLAY"} ${XAUTHORITY:+XAUTHORITY="$XAUTHORITY"} \
    timeout 120 "$BIN" --data-dir "$DATA" "$@"
}
seconds_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f s", b - a }'; }

echo "Smoke test of $BUNDLE"
step "--version"
out=$(run --version) || fail "--version exited $?"
[ "$out" = "vrac-desktop $EXPECTED_VERSION" ] || fail "--version said '$out'"
pass "$out"

step "creates an encrypted database"
run list-families >"$WORK/out" || fail "list-families exited $?: $(cat "$WORK/out")"
[ -s "$DATA/vrac.db" ] || fail "no database in $DATA"
grep -q '"mode": "passphrase"' "$DATA/vrac.db.keys.json" 2>/dev/null \
  || fail "not in passphrase mode (vrac.db.keys.json does not say so)"
head -c 16 "$DATA/vrac.db" | grep -q "SQLite format" && fail "the database is not encrypted"
pass

step "imports a family export made by the app's own code"
family=$("$DEV_PYTHON" "$ROOT/installers/smoke/make_sample_export.py" "$WORK/family.json" "$WORK") \
  || fail "could not make the sample export"
run import-family "$WORK/family.json" >"$WORK/out" 2>&1 || fail "import: $(cat "$WORK/out")"
grep -q "with 2 plan versions" "$WORK/out" || fail "import said: $(cat "$WORK/out")"
run list-families | grep -q "Familie Smoke-Test" || fail "the family is not listed"
grep -q "Grandma Aziz" "$DATA/vrac.db" && fail "plan text readable in the database file"
run verify-history >"$WORK/out" || fail "verify-history: $(cat "$WORK/out")"
pass "$(cat "$WORK/out")"

step "exports a signed plan PDF"
run export plan "$family" --pdf "$WORK/plan.pdf" >"$WORK/out" 2>&1 \
  || fail "export: $(cat "$WORK/out")"
[ "$(head -c 5 "$WORK/plan.pdf")" = "%PDF-" ] || fail "no PDF written"
if command -v pdftotext >/dev/null; then
  pdftotext "$WORK/plan.pdf" - | grep -q "Gezinsplan" \
    || fail "the PDF of a Dutch family is not in Dutch: bundled translations not loaded"
  pass "$(stat -c %s "$WORK/plan.pdf") bytes, in Dutch"
else
  pass "$(stat -c %s "$WORK/plan.pdf") bytes; pdftotext missing: language not checked"
fi

step "verify accepts it, and refuses a tampered copy"
run verify "$WORK/plan.pdf" >"$WORK/out" 2>&1 || fail "verify exited $?: $(cat "$WORK/out")"
grep -q "^VALID" "$WORK/out" || fail "verify said: $(cat "$WORK/out")"
"$DEV_PYTHON" - "$WORK/plan.pdf" "$WORK/tampered.pdf" <<'PY'
import sys
data = bytearray(open(sys.argv[1], "rb").read())
at = data.index(b"Gezinsplan") if b"Gezinsplan" in data else len(data) // 3
data[at] ^= 0x01
open(sys.argv[2], "wb").write(bytes(data))
PY
code=0
run verify "$WORK/tampered.pdf" >"$WORK/out" 2>&1 || code=$?
[ "$code" -eq 1 ] && grep -q "^INVALID" "$WORK/out" \
  || fail "a tampered PDF: verify exited $code: $(cat "$WORK/out")"
pass

step "reaches the team-server code (psycopg, libpq)"
code=0
run sync --server "postgresql://smoke@127.0.0.1:9/none" >"$WORK/out" 2>&1 || code=$?
[ "$code" -eq 2 ] && grep -q "could not be reached" "$WORK/out" \
  || fail "sync said: $(cat "$WORK/out")"
pass

step "GUI starts offscreen and shows the main window"
start=$(date +%s.%N)
out=$(QPA=offscreen run --smoke-test 2>"$WORK/err") \
  || fail "GUI smoke test exited $?: $(cat "$WORK/err")"
[ "$out" = "ok" ] || fail "GUI smoke test said '$out': $(cat "$WORK/err")"
pass "$(seconds_since "$start")"

if command -v xvfb-run >/dev/null; then
  step "GUI starts on X11 (xcb platform, Xvfb)"
  out=$(xvfb-run -a bash -c "$(declare -f run); $(declare -p WORK DATA BIN); \
        QPA=xcb run --smoke-test" 2>"$WORK/err") \
    || fail "GUI under Xvfb exited $?: $(cat "$WORK/err")"
  [ "$out" = "ok" ] || fail "GUI under Xvfb said '$out': $(cat "$WORK/err")"
  pass
else
  echo "  (xvfb-run not installed: the xcb platform was not tried)"
fi
if command -v gnome-keyring-daemon >/dev/null && command -v dbus-run-session >/dev/null; then
  step "keyring mode: key in a Secret Service (GNOME Keyring)"
  # A private D-Bus session and keyring in the temp HOME: never the user's own keyring.
  mkdir -p "$WORK/kr-home"
  cat >"$WORK/keyring.sh" <<SH
set -e
export HOME="$WORK/kr-home"
printf 'smoke-test keyring password' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
for app_args in "list-families" "--smoke-test"; do
  env -i HOME="$WORK/kr-home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \\
    DBUS_SESSION_BUS_ADDRESS="\$DBUS_SESSION_BUS_ADDRESS" \\
    timeout 120 "$BIN" --data-dir "$WORK/kr-data" \$app_args
done
SH
  out=$(timeout 180 dbus-run-session -- bash "$WORK/keyring.sh" 2>"$WORK/err") \
    || fail "keyring mode exited $?: $(cat "$WORK/err")"
  [ "$out" = "ok" ] || fail "keyring mode said '$out': $(cat "$WORK/err")"
  [ -s "$WORK/kr-data/vrac.db" ] && grep -q '"mode": "keyring"' "$WORK/kr-data/vrac.db.keys.json" \
    || fail "the database was not created in keyring mode"
  pass
else
  echo "  (gnome-keyring-daemon or dbus-run-session missing: keyring mode not tried)"
fi
echo "Bundle smoke test passed."
