#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#
# The package test's own test (CTest: package_deb_checks_fail). Builds the .deb once with cpack,
# checks that check-package.sh passes it, then breaks a copy of it in one way at a time
# (dpkg-deb -R, change, dpkg-deb -b) and checks that check-package.sh fails on each with the
# expected message: a check that cannot fail proves nothing.
#
# usage: break-package.sh --build-dir DIR --version VERSION [--cpack CPACK]
set -euo pipefail

build_dir=""
version=""
cpack=cpack
while (($#)); do
    case "$1" in
    --build-dir) build_dir=$2; shift 2 ;;
    --version) version=$2; shift 2 ;;
    --cpack) cpack=$2; shift 2 ;;
    *) echo "break-package.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
if [ -z "$build_dir" ] || [ -z "$version" ]; then
    echo "usage: break-package.sh --build-dir DIR --version VERSION [--cpack CPACK]" >&2
    exit 2
fi
check=$(dirname "$0")/check-package.sh
app_id=io.github.smslogviewer.SmsLogViewer

work=$(mktemp -d "${TMPDIR:-/tmp}/smslog-break.XXXXXXXX")
trap 'rm -rf "$work"' EXIT

"$cpack" -G DEB -B "$work/out" --config "$build_dir/CPackConfig.cmake" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; echo "FAIL: cpack did not build the package" >&2; exit 1; }
good=$(ls "$work"/out/*.deb)
if ! bash "$check" --deb "$good" --version "$version" >"$work/good.log" 2>&1; then
    cat "$work/good.log" >&2
    echo "FAIL: the unbroken package does not pass check-package.sh" >&2
    exit 1
fi
echo "ok: the unbroken package passes"

failures=0
# breaks NAME EXPECTED-FAIL-TEXT SHELL-CODE [run]: runs SHELL-CODE in the unpacked package (with
# DEBIAN/control) and expects check-package.sh to fail with a FAIL line containing
# EXPECTED-FAIL-TEXT. Without `run`, the check skips starting the application (it is slow, and
# the break concerns something else).
breaks() {
    local name=$1 expected=$2 code=$3 run=${4:-skip-run}
    local pkg=$work/$name
    rm -rf "$pkg"
    dpkg-deb -R "$good" "$pkg"
    (cd "$pkg" && eval "$code")
    dpkg-deb -b --root-owner-group "$pkg" "$work/$name.deb" >/dev/null
    local skip=1
    [ "$run" = run ] && skip=0
    if SMSLOG_PACKAGE_SKIP_RUN=$skip SMSLOG_PACKAGE_RUN_TIMEOUT=120 bash "$check" --deb "$work/$name.deb" --version "$version" >"$work/$name.log" 2>&1; then
        echo "FAIL: $name: check-package.sh passed a broken package" >&2
        failures=$((failures + 1))
    elif ! grep "^FAIL: " "$work/$name.log" >"$work/$name.fails" || ! grep -q -F -- "$expected" "$work/$name.fails"; then
        cat "$work/$name.fails" >&2; tail -20 "$work/$name.log" >&2
        echo "FAIL: $name: check-package.sh failed, but not with 'FAIL: $expected'" >&2
        failures=$((failures + 1))
    else
        echo "ok: $name: $(grep -m1 -F -- "$expected" "$work/$name.fails")"
    fi
}

breaks no-libsecret "Depends lacks libsecret-1-0" \
    'sed -i "s/libsecret-1-0, //" DEBIAN/control'
breaks unsatisfiable-depends "not satisfied on this system" \
    'sed -i "s/^Depends: /Depends: smslog-no-such-library (>= 1.0), /" DEBIAN/control'
breaks too-new-depends "not satisfied on this system" \
    'sed -i "s/libsecret-1-0, /libsecret-1-0 (>= 99:1), /" DEBIAN/control'
if [ "$(id -u)" -eq 0 ]; then # check-package.sh runs dpkg -i as root only
    breaks dpkg-refuses "dpkg -i did not install the package" \
        'printf "#!/bin/sh\nexit 1\n" > DEBIAN/postinst && chmod 755 DEBIAN/postinst'
fi
breaks wrong-version "Version is" \
    'sed -i "s/^Version: .*/Version: 0.0.0~broken/" DEBIAN/control'
breaks test-binary "files that must not be packaged" \
    'cp usr/bin/smslog usr/bin/tst_mainwindow'
breaks fuzz-binary "files that must not be packaged" \
    'mkdir -p usr/lib/smslog-viewer && cp usr/bin/smslog usr/lib/smslog-viewer/fuzzreplay_item'
breaks no-cli "/usr/bin holds" \
    'rm usr/bin/smslog'
breaks cli-not-executable "smslog missing or not an executable ELF file" \
    'chmod -x usr/bin/smslog'
breaks invalid-desktop "desktop-file-validate rejects" \
    "sed -i 's/^Categories=.*/Categories=NotACategory;/' usr/share/applications/$app_id.desktop"
breaks wrong-icon-name "Icon is" \
    "sed -i 's/^Icon=.*/Icon=smslog/' usr/share/applications/$app_id.desktop"
breaks invalid-metainfo "appstreamcli validate --no-net --strict rejects" \
    "sed -i '/<summary>/d' usr/share/metainfo/$app_id.metainfo.xml"
breaks metainfo-warning "appstreamcli validate --no-net --strict rejects" \
    "sed -i 's|<url type=\"homepage\">https://|<url type=\"homepage\">ftp://|' usr/share/metainfo/$app_id.metainfo.xml"
breaks no-svg-icon "no SVG" \
    "rm usr/share/icons/hicolor/scalable/apps/$app_id.svg"
breaks missing-icon-size "icon 24x24" \
    "rm -r usr/share/icons/hicolor/24x24"
breaks wrong-icon-size "icon 48x48" \
    "cp usr/share/icons/hicolor/64x64/apps/$app_id.png usr/share/icons/hicolor/48x48/apps/$app_id.png"
breaks exec-not-packaged "is not in the package" \
    "sed -i 's/^Exec=.*/Exec=smslog-viewer-missing %F/' usr/share/applications/$app_id.desktop" run
breaks exec-bad-option "from the desktop entry failed" \
    "sed -i 's/^Exec=.*/Exec=smslog-viewer --no-such-option %F/' usr/share/applications/$app_id.desktop" run
breaks app-does-not-start "no window screenshot" \
    'printf "#!/bin/sh\necho smslog-viewer '"$version"'\n" > usr/bin/smslog-viewer' run
breaks no-copyright "no /usr/share/doc/smslog-viewer/copyright" \
    'rm usr/share/doc/smslog-viewer/copyright'

if ((failures)); then
    echo "== $failures broken package(s) not caught as expected" >&2
    exit 1
fi
echo "== every broken package was refused"
