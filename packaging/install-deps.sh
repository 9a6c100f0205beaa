#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#
# Installs the Debian packages SMS Log Viewer needs to build, run and test: only those that are
# missing, so a second run costs nothing. Uses sudo when not run as root.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ ccache pkg-config
    # the house style, checked by the test suite (tests/format)
    clang-format
    qt6-base-dev libqt6sql6-sqlite libsqlite3-dev
    # the cost charts (Qt Charts), SVG icons, translations (lupdate/lrelease)
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    # the .deb package and its checks (cpack, dpkg-shlibdeps, dpkg-deb, desktop-file-validate,
    # appstreamcli; tests/package/check-package.sh also checks that this machine satisfies the
    # package's Depends, so the run-time plugins it declares are listed here too)
    dpkg-dev fakeroot file desktop-file-utils appstream qt6-qpa-plugins libqt6svg6
    # the API key in the system keyring (QtKeychain loads libsecret at run time)
    qtkeychain-qt6-dev libsecret-1-0
    # fuzzing and sanitizers (.ci/fuzz-smoke, .ci/sanitizers): clang with libFuzzer's runtime
    clang libclang-rt-14-dev
    # the secrets test's own keyring: a session bus and a Secret Service daemon
    dbus gnome-keyring
    # headless runs and screenshots (tests use QT_QPA_PLATFORM=offscreen); the window tests run
    # again under Xvfb with Qt's xcb platform (label xvfb: xvfb-run, xauth, and libqxcb.so, which
    # Debian ships in libqt6gui6, not in qt6-qpa-plugins)
    xvfb xauth libqt6gui6
    # fonts for the scripts and emoji of real SMS texts
    fonts-dejavu-core fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji
    # OneUptime's own server code in the tests (tests/realserver): its database, and curl to
    # wait for it
    postgresql-15 curl
)
# ... and Node.js with npm to run it: Debian's, unless a Node.js with its own npm is here already.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    packages+=(nodejs npm)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
fi
echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
