#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#
# Runs COMMAND [ARGS...] under a real X server of its own: xvfb-run -a starts Xvfb on a free
# display (1280x1024, 24 bits) with a private Xauthority, and COMMAND runs with Qt's xcb
# platform (QT_QPA_PLATFORM=xcb) against it, without a D-Bus session bus (as offscreen). Used by
# the *_xvfb tests (tests/CMakeLists.txt, label xvfb): the window tests once more with X's window
# activation, focus, input and clipboard, next to their offscreen runs.
#
#   with-xvfb.sh --xvfb-run PATH --xcb-plugin PATH --timeout SECONDS COMMAND [ARGS...]
#
# --xvfb-run and --xcb-plugin are what CMake found when the build was configured (empty or
# *-NOTFOUND when it found nothing); both must exist now. COMMAND is stopped after --timeout
# seconds (SIGTERM, SIGKILL 10 s later), before CTest's own limit, so that xvfb-run always stops
# its Xvfb itself: CTest kills only its direct child at its limit, which would leave Xvfb behind.
#
# Exit status: COMMAND's; 1 with a message on stderr when xvfb-run, xauth, Xvfb or the xcb plugin
# is missing or Xvfb does not start (test dependencies: packaging/install-deps.sh installs them;
# never a skip); 124 or 137 with a message when COMMAND ran out of time. Xvfb has exited and the
# temporary folder is gone when this script returns.
set -eu

usage() {
    echo "usage: with-xvfb.sh --xvfb-run PATH --xcb-plugin PATH --timeout SECONDS COMMAND [ARGS...]" >&2
    exit 2
}
xvfb_run=
xcb_plugin=
limit=
while [ "$#" -gt 0 ]; do
    case "$1" in
        --xvfb-run) [ "$#" -ge 2 ] || usage; xvfb_run=$2; shift 2 ;;
        --xcb-plugin) [ "$#" -ge 2 ] || usage; xcb_plugin=$2; shift 2 ;;
        --timeout) [ "$#" -ge 2 ] || usage; limit=$2; shift 2 ;;
        --) shift; break ;;
        -*) usage ;;
        *) break ;;
    esac
done
if [ "$#" -eq 0 ] || [ -z "$limit" ]; then
    usage
fi

missing() {
    echo "with-xvfb.sh: $1; this test needs a real X server and is not skipped without one." \
        "Install the test dependencies (packaging/install-deps.sh: xvfb, xauth, libqt6gui6)" \
        "and configure the build again." >&2
    exit 1
}
case "$xvfb_run" in
    '' | *-NOTFOUND) missing "xvfb-run was not found when the build was configured" ;;
esac
[ -x "$xvfb_run" ] || missing "xvfb-run is no longer at $xvfb_run"
command -v Xvfb >/dev/null 2>&1 || missing "Xvfb is missing"
command -v xauth >/dev/null 2>&1 || missing "xauth is missing"
case "$xcb_plugin" in
    '' | *-NOTFOUND)
        missing "Qt's xcb platform plugin (Qt6::QXcbIntegrationPlugin) was not found when the build was configured" ;;
esac
[ -f "$xcb_plugin" ] || missing "Qt's xcb platform plugin is missing: $xcb_plugin"

root=$(mktemp -d "${TMPDIR:-/tmp}/smslog-xvfb.XXXXXXXX")
trap 'rm -rf "$root"' EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

export QT_QPA_PLATFORM=xcb
# Only the display xvfb-run makes: no Wayland or desktop session to fall back to.
unset WAYLAND_DISPLAY XDG_SESSION_TYPE 2>/dev/null || true
# No session bus, as in the offscreen runs. Qt asks for one (its platform theme, accessibility);
# without an address but with a DISPLAY, libdbus "autolaunches" one: it runs dbus-launch, which
# (where dbus-x11 is installed) starts a dbus-daemon on the test's display that outlives the test,
# and where it is not installed leaks the failed read (LeakSanitizer fails the test). A socket
# that does not exist makes every connection fail at once, and a developer's own bus is never used.
export DBUS_SESSION_BUS_ADDRESS="unix:path=$root/no-session-bus"

status=0
# The command notes the server's process id (in its display's lock file) before it starts.
# shellcheck disable=SC2016 # expanded by the inner shell, under xvfb-run's DISPLAY
"$xvfb_run" -a -e "$root/xvfb.log" -s "-screen 0 1280x1024x24" \
    sh -c 'tr -d " " <"/tmp/.X${DISPLAY#:}-lock" >"$0/xvfb.pid"; exec timeout --kill-after=10 "$@"' \
    "$root" "$limit" "$@" || status=$?
# xvfb-run sends Xvfb SIGTERM and returns at once: wait until it has exited.
running() {
    [ "$(cat "/proc/$1/comm" 2>/dev/null)" = Xvfb ] \
        && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null
}
pid=$(cat "$root/xvfb.pid" 2>/dev/null || true)
if [ -n "$pid" ]; then
    tries=0
    while running "$pid" && [ $tries -lt 100 ]; do
        sleep 0.1
        tries=$((tries + 1))
    done
    if running "$pid"; then
        echo "with-xvfb.sh: Xvfb (process $pid) was still running 10 s after the test" >&2
        [ $status -ne 0 ] || status=1
    fi
fi
case $status in
    0) ;;
    124)
        echo "with-xvfb.sh: $1 did not finish within $limit s under Xvfb and was stopped" >&2 ;;
    137)
        echo "with-xvfb.sh: $1 was killed (SIGKILL; also 10 s after a time limit it ignored)" >&2 ;;
    *)
        # xvfb-run's own failures (Xvfb did not start, xauth failed) are only in its error file.
        if grep -q . "$root/xvfb.log" 2>/dev/null; then
            echo "with-xvfb.sh: exit status $status; Xvfb and xauth said:" >&2
            sed 's/^/    /' "$root/xvfb.log" >&2
        fi ;;
esac
exit $status
