#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#
# The package test (CTest: package_deb). Builds the .deb with cpack from a build folder, reads
# its control data (dpkg-deb -I) and file list (dpkg-deb -c), unpacks it into an empty root
# (dpkg-deb -x) and checks what a user's system would get:
# - both programs in /usr/bin, executable, every library they need present (ldd);
# - Depends: the libraries dpkg-shlibdeps found (Qt, QtKeychain) and those loaded at run time
#   (libsecret-1-0, the SQLite driver, the SVG plugins, the platform plugins), each satisfied by
#   the packages installed on this machine;
# - as root (CI): dpkg installs it into an empty root of its own (dpkg --root) and removes it;
# - no tests, benchmarks, fuzz targets, the test server or build tools in the package;
# - the .desktop entry passes desktop-file-validate; the AppStream metainfo passes
#   `appstreamcli validate --no-net --strict` (no error, warning or info; pedantic hints are
#   printed, not failed on); the two and the icon name agree;
# - the icon in the hicolor theme: scalable SVG and a PNG of the right pixel size at each size;
# - the application starts from its desktop entry: Exec= with the unpacked /usr/bin, field codes
#   dropped, run with --version and with --demo --screenshot (offscreen, private HOME and XDG
#   folders, no D-Bus session: the user's data and keyring are untouched); the PNG is a real
#   window picture.
#
# usage: check-package.sh --build-dir DIR --version VERSION [--cpack CPACK] [--deb FILE.deb]
#   --deb checks an existing package instead of running cpack (to try the checks on a package
#   broken on purpose). SMSLOG_PACKAGE_SKIP_RUN=1 skips starting the application (break-package.sh
#   uses it where the break concerns something else); SMSLOG_PACKAGE_RUN_TIMEOUT (seconds, 300)
#   limits each run. Exit status 0 when every check passes; every failure is printed.
set -euo pipefail

build_dir=""
version=""
cpack=cpack
deb=""
while (($#)); do
    case "$1" in
    --build-dir) build_dir=$2; shift 2 ;;
    --version) version=$2; shift 2 ;;
    --cpack) cpack=$2; shift 2 ;;
    --deb) deb=$2; shift 2 ;;
    *) echo "check-package.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
if [ -z "$version" ] || { [ -z "$build_dir" ] && [ -z "$deb" ]; }; then
    echo "usage: check-package.sh --build-dir DIR --version VERSION [--cpack CPACK] [--deb FILE.deb]" >&2
    exit 2
fi
for tool in dpkg-deb desktop-file-validate appstreamcli file ldd; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "check-package.sh: $tool is missing (packaging/install-deps.sh installs it)" >&2
        exit 1
    fi
done

app_id=io.github.smslogviewer.SmsLogViewer
icon_sizes=(16 24 32 48 64 128 256)

work=$(mktemp -d "${TMPDIR:-/tmp}/smslog-package.XXXXXXXX")
trap 'rm -rf "$work"' EXIT

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() {
    echo "ok: $*"
}

# --- Build the package ----------------------------------------------------------------------
if [ -z "$deb" ]; then
    echo "== cpack -G DEB (from $build_dir)"
    if ! "$cpack" -G DEB -B "$work/out" --config "$build_dir/CPackConfig.cmake" >"$work/cpack.log" 2>&1; then
        cat "$work/cpack.log" >&2
        echo "FAIL: cpack did not build the package" >&2
        exit 1
    fi
    shopt -s nullglob
    debs=("$work"/out/*.deb)
    shopt -u nullglob
    if ((${#debs[@]} != 1)); then
        cat "$work/cpack.log" >&2
        echo "FAIL: cpack made ${#debs[@]} .deb files, expected one" >&2
        exit 1
    fi
    deb=${debs[0]}
fi
echo "== $(basename "$deb"): $(stat -c %s "$deb") bytes"

# --- Control data ---------------------------------------------------------------------------
dpkg-deb -I "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = smslog-viewer ] && pass "Package: smslog-viewer" || fail "Package is '$(field Package)', not smslog-viewer"
[ "$(field Version)" = "$version" ] && pass "Version: $version" || fail "Version is '$(field Version)', not $version (project())"
[ -n "$(field Maintainer)" ] && pass "Maintainer set" || fail "no Maintainer"
[ -n "$(field Section)" ] && pass "Section: $(field Section)" || fail "no Section"
[[ "$(field Homepage)" == https://* ]] && pass "Homepage: $(field Homepage)" || fail "no https Homepage"
[ "$(field Description | wc -l)" -ge 3 ] && pass "Description has a long part" || fail "Description has no long part"

# Depends as a list of package names (versions and alternatives dropped).
depends=$(field Depends | tr ',|' '\n\n' | sed -e 's/(.*)//' -e 's/[[:space:]]//g' | sed '/^$/d' | sort -u)
for package in libsecret-1-0 libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins \
               libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6keychain1 libc6; do
    if grep -qx "$package" <<<"$depends"; then
        pass "Depends: $package"
    else
        fail "Depends lacks $package (Depends: $(field Depends))"
    fi
done

# Every Depends relation is satisfied by the packages installed here (the build machine has the
# run-time libraries): one alternative of each clause installed, in a version that fits.
satisfied() {
    local spec=$1 name status version
    name=${spec%% *}
    name=${name%%(*}
    status=$(dpkg-query -W -f='${db:Status-Status}\n' "$name" 2>/dev/null | head -n1 || true)
    [ "$status" = installed ] || return 1
    if [[ "$spec" =~ \(([\<\>=]+)[[:space:]]*([^\)[:space:]]+)\) ]]; then
        version=$(dpkg-query -W -f='${Version}\n' "$name" | head -n1)
        dpkg --compare-versions "$version" "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}" || return 1
    fi
}
IFS=',' read -r -a clauses <<<"$(field Depends)"
for clause in "${clauses[@]}"; do
    clause=$(sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' <<<"$clause")
    IFS='|' read -r -a alternatives <<<"$clause"
    ok=0
    for alternative in "${alternatives[@]}"; do
        alternative=$(sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' <<<"$alternative")
        if satisfied "$alternative"; then
            ok=1
            break
        fi
    done
    ((ok)) && pass "Depends $clause: installed here" || fail "Depends $clause: not satisfied on this system"
done

# --- File list ------------------------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/files"
outside=$(grep -v -e '^/usr/$' -e '^/usr/' "$work/files" | grep -v '^/$' || true)
[ -z "$outside" ] && pass "every file under /usr" || fail "files outside /usr: $outside"
programs=$( (grep '^/usr/bin/.' "$work/files" || true) | sort | tr '\n' ' ')
[ "$programs" = "/usr/bin/smslog /usr/bin/smslog-viewer " ] && pass "programs: $programs" \
    || fail "/usr/bin holds '$programs', expected exactly smslog and smslog-viewer"
# Nothing from tests/ (tst_*, benchmarks, fuzz targets and replays, the test server) and no build
# tool of packaging/ or resources/translations/.
unwanted=$(grep -E -i '(^|/)(tst_|fuzz|smslog-bench|smslog-live-bench|bench|oneuptime-test-server|smslog-iconrender|smslog-pseudolocale)|\.a$|/include/|/lib/cmake/' "$work/files" || true)
[ -z "$unwanted" ] && pass "no test, benchmark, fuzz or build-tool files" || fail "files that must not be packaged: $unwanted"

# --- Unpack into an empty root --------------------------------------------------------------
root=$work/root
mkdir "$root"
dpkg-deb -x "$deb" "$root"
for program in smslog smslog-viewer; do
    path=$root/usr/bin/$program
    if [ -f "$path" ] && [ -x "$path" ] && file -b "$path" | grep -q '^ELF .* executable'; then
        pass "$program is an executable ELF file"
    else
        fail "$program missing or not an executable ELF file ($(file -b "$path" 2>&1))"
        continue
    fi
    missing=$(ldd "$path" | grep 'not found' || true)
    [ -z "$missing" ] && pass "$program finds every library" || fail "$program lacks libraries: $missing"
done
[ -s "$root/usr/share/doc/smslog-viewer/copyright" ] && pass "copyright file" || fail "no /usr/share/doc/smslog-viewer/copyright"

# --- dpkg installs and removes it (as root: CI) ----------------------------------------------
# Into an empty root of its own (dpkg --root), so the system's package database is untouched;
# dependencies are not in that root (--force-depends: checked above against this system).
if [ "$(id -u)" -eq 0 ]; then
    dpkgroot=$work/dpkgroot
    mkdir -p "$dpkgroot/var/lib/dpkg/info" "$dpkgroot/var/lib/dpkg/updates" "$dpkgroot/var/lib/dpkg/triggers"
    touch "$dpkgroot/var/lib/dpkg/status" "$dpkgroot/var/lib/dpkg/available"
    dpkg_root=(dpkg --root="$dpkgroot" --log=/dev/null --force-depends --force-script-chrootless)
    if "${dpkg_root[@]}" -i "$deb" >"$work/dpkg.log" 2>&1 \
        && [ "$(dpkg-query --root="$dpkgroot" -W -f='${db:Status-Status}' smslog-viewer)" = installed ]; then
        pass "dpkg -i into an empty root: installed"
    else
        cat "$work/dpkg.log" >&2
        fail "dpkg -i did not install the package"
    fi
    for program in smslog smslog-viewer; do
        [ -x "$dpkgroot/usr/bin/$program" ] || fail "dpkg -i did not install /usr/bin/$program"
    done
    if "${dpkg_root[@]}" -r smslog-viewer >>"$work/dpkg.log" 2>&1; then
        left=$(find "$dpkgroot/usr" -type f 2>/dev/null || true)
        [ -z "$left" ] && pass "dpkg -r removed every file" || fail "dpkg -r left files: $left"
    else
        cat "$work/dpkg.log" >&2
        fail "dpkg -r did not remove the package"
    fi
else
    echo "== not root: dpkg -i into an empty root skipped (dpkg-deb -x below)"
fi

# --- Desktop entry --------------------------------------------------------------------------
desktop=$root/usr/share/applications/$app_id.desktop
# The value of KEY in the [Desktop Entry] group.
desktop_value() {
    awk -v key="$1" '
        /^\[/ { group = ($0 == "[Desktop Entry]") }
        group && index($0, key "=") == 1 { print substr($0, length(key) + 2); exit }' "$desktop"
}
if [ -f "$desktop" ]; then
    if desktop-file-validate "$desktop"; then
        pass "desktop-file-validate $app_id.desktop"
    else
        fail "desktop-file-validate rejects $app_id.desktop"
    fi
    [ "$(desktop_value Icon)" = "$app_id" ] && pass "Icon=$app_id" || fail "Icon is '$(desktop_value Icon)', not $app_id"
    [ "$(desktop_value Type)" = Application ] && pass "Type=Application" || fail "Type is not Application"
else
    fail "no /usr/share/applications/$app_id.desktop"
fi

# --- AppStream metainfo ---------------------------------------------------------------------
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
if [ -f "$metainfo" ]; then
    if appstreamcli validate --no-net --strict "$metainfo"; then
        pass "appstreamcli validate --no-net --strict $app_id.metainfo.xml"
    else
        fail "appstreamcli validate --no-net --strict rejects $app_id.metainfo.xml"
    fi
    echo "-- pedantic hints (informative only):"
    appstreamcli validate --no-net --pedantic "$metainfo" || true
    grep -q "<id>$app_id</id>" "$metainfo" && pass "metainfo id $app_id" || fail "metainfo id is not $app_id"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
        && pass "metainfo launches $app_id.desktop" || fail "metainfo's launchable is not $app_id.desktop"
    grep -q "<release version=\"$version\"" "$metainfo" && pass "metainfo has release $version" \
        || fail "metainfo has no <release version=\"$version\">"
else
    fail "no /usr/share/metainfo/$app_id.metainfo.xml"
fi

# --- Icons ----------------------------------------------------------------------------------
svg=$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg
if [ -f "$svg" ] && file -b "$svg" | grep -q 'SVG'; then
    pass "scalable icon (SVG)"
else
    fail "no SVG at /usr/share/icons/hicolor/scalable/apps/$app_id.svg ($(file -b "$svg" 2>&1))"
fi
for size in "${icon_sizes[@]}"; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    description=$(file -b "$png" 2>&1 || true)
    if [[ "$description" == "PNG image data, $size x $size,"* ]]; then
        pass "icon ${size}x${size}: $description"
    else
        fail "icon ${size}x${size}: $png is '$description'"
    fi
done

# --- The application starts from its desktop entry ------------------------------------------
exec_line=$(desktop_value Exec 2>/dev/null || true)
if [ -z "$exec_line" ]; then
    fail "the desktop entry has no Exec="
else
    # Split Exec= into words (the entry uses no quoting), drop field codes (%f %F %u %U ...),
    # turn %% into %, and run the program from the unpacked /usr/bin.
    read -r -a words <<<"$exec_line"
    command=()
    for word in "${words[@]}"; do
        case "$word" in
        %[fFuUdDnNickvm]) ;;
        *) command+=("${word//%%/%}") ;;
        esac
    done
    program=${command[0]}
    case "$program" in
    /usr/bin/*) command[0]=$root$program ;;
    */*) fail "Exec= runs $program, outside /usr/bin" ;;
    *) command[0]=$root/usr/bin/$program ;;
    esac
    if [ ! -x "${command[0]}" ]; then
        fail "Exec=$exec_line: ${command[0]} is not in the package"
    elif [ "${SMSLOG_PACKAGE_SKIP_RUN:-0}" = 1 ]; then
        echo "== not running the desktop entry (SMSLOG_PACKAGE_SKIP_RUN=1)"
    else
        echo "== running the desktop entry: ${command[*]}"
        home=$work/home
        mkdir -p "$home/.config" "$home/.local/share" "$home/.cache" "$home/.local/state" "$work/tmp"
        mkdir -m 700 "$work/runtime"
        run() {
            env -u DISPLAY -u WAYLAND_DISPLAY -u SMSLOG_LANGUAGE \
                HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
                XDG_CACHE_HOME="$home/.cache" XDG_STATE_HOME="$home/.local/state" \
                XDG_RUNTIME_DIR="$work/runtime" TMPDIR="$work/tmp" \
                DBUS_SESSION_BUS_ADDRESS="unix:path=$work/no-session-bus" \
                QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='qt.qpa.*=false' \
                timeout "${SMSLOG_PACKAGE_RUN_TIMEOUT:-300}" "${command[@]}" "$@"
        }
        if output=$(run --version 2>&1) && grep -q -- "$version" <<<"$output"; then
            pass "--version: $output"
        else
            fail "--version from the desktop entry did not print $version: $output"
        fi
        shot=$work/window.png
        if run --demo --screenshot "$shot" >"$work/run.log" 2>&1; then
            pass "--demo --screenshot exited 0"
        else
            cat "$work/run.log" >&2
            fail "--demo --screenshot from the desktop entry failed"
        fi
        description=$(file -b "$shot" 2>&1 || true)
        # A window picture: a PNG of a real window size, and far more than a blank image's bytes.
        if [[ "$description" =~ ^PNG\ image\ data,\ ([0-9]+)\ x\ ([0-9]+), ]] \
            && ((BASH_REMATCH[1] >= 400 && BASH_REMATCH[2] >= 300)) \
            && (($(stat -c %s "$shot") > 20000)); then
            pass "screenshot: $description, $(stat -c %s "$shot") bytes"
        else
            fail "no window screenshot: '$description' ($(stat -c %s "$shot" 2>/dev/null || echo 0) bytes)"
        fi
        [ -n "$(ls -A "$home/.local/share")" ] && pass "the demo data went to the private XDG_DATA_HOME" \
            || fail "the app wrote no demo data into XDG_DATA_HOME"
    fi
fi

if ((failures)); then
    echo "== $failures check(s) failed" >&2
    exit 1
fi
echo "== every package check passed"
