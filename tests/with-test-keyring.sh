#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#
# Runs COMMAND [ARGS...] against a keyring of its own: a private session bus (dbus-run-session)
# with gnome-keyring-daemon's Secret Service on it, unlocked with a random password, and private
# HOME, XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME, XDG_RUNTIME_DIR and TMPDIR, all inside
# one temporary folder whose path is exported as SMSLOG_SECRETS_ROOT (the test searches all of
# it; the keyring file is in $XDG_DATA_HOME/keyrings). SMSLOG_TEST_KEYRING=gnome-keyring tells the
# command the Secret Service is up. The daemon's own output goes to $SMSLOG_SECRETS_ROOT/logs.
#
# Exit status: the command's; 1 with a message on stderr when the bus or the keyring daemon does
# not start (they are test dependencies: packaging/install-deps.sh installs them). The folder
# and the daemon are gone when this script returns.
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: with-test-keyring.sh COMMAND [ARGS...]" >&2
    exit 2
fi
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-test-keyring.sh: $tool is missing; install the test dependencies" \
            "(packaging/install-deps.sh: dbus, gnome-keyring)" >&2
        exit 1
    fi
done

root=$(mktemp -d "${TMPDIR:-/tmp}/smslog-secrets.XXXXXXXX")
trap 'rm -rf "$root"' EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -p "$root/home" "$root/data" "$root/config" "$root/cache" "$root/tmp" "$root/logs"
mkdir -m 700 "$root/runtime"

export SMSLOG_SECRETS_ROOT="$root"
export HOME="$root/home"
export XDG_DATA_HOME="$root/data"
export XDG_CONFIG_HOME="$root/config"
export XDG_CACHE_HOME="$root/cache"
export XDG_RUNTIME_DIR="$root/runtime"
export TMPDIR="$root/tmp"
# Nothing of a desktop session may leak in: no other bus, keyring or display to fall back to.
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DISPLAY WAYLAND_DISPLAY \
    XDG_CURRENT_DESKTOP XDG_SESSION_TYPE 2>/dev/null || true

status=0
dbus-run-session -- sh -c '
    logs="$SMSLOG_SECRETS_ROOT/logs"
    # A non-empty password: gnome-keyring stores a keyring made with an empty one unencrypted.
    od -An -N24 -tx1 /dev/urandom | tr -d " \n" \
        | gnome-keyring-daemon --foreground --unlock --components=secrets \
            >"$logs/gnome-keyring.env" 2>"$logs/gnome-keyring.log" &
    daemon=$!
    # Ready once it owns the Secret Service name on the bus (a few seconds at most).
    ready=no
    tries=0
    while [ $tries -lt 100 ]; do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
            | grep -q "boolean true"; then
            ready=yes
            break
        fi
        kill -0 $daemon 2>/dev/null || break
        tries=$((tries + 1))
        sleep 0.1
    done
    if [ $ready != yes ]; then
        echo "with-test-keyring.sh: gnome-keyring-daemon did not provide a Secret Service" \
            "(org.freedesktop.secrets) on the test bus. Its output:" >&2
        cat "$logs/gnome-keyring.log" >&2
        kill $daemon 2>/dev/null || true
        exit 1
    fi
    # What it prints (GNOME_KEYRING_CONTROL=..., one VAR=value a line) is for its clients.
    while IFS= read -r line; do
        case "$line" in
            [A-Za-z_]*=*) export "$line" ;;
        esac
    done <"$logs/gnome-keyring.env"
    export SMSLOG_TEST_KEYRING=gnome-keyring
    status=0
    "$@" || status=$?
    kill $daemon 2>/dev/null || true
    wait $daemon 2>/dev/null || true
    exit $status
' with-test-keyring "$@" || status=$?
exit $status
