#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#
# The house style is enforced: every C++ file the repository tracks must be exactly as
# clang-format (with the committed .clang-format) writes it. Lists each file that drifts and
# fails. Usage: check-format.sh SOURCE_DIR [FILE...]: with files, checks only those (the
# self-test below uses it on a file it breaks on purpose).
set -euo pipefail
source_dir=$1
shift
cd "$source_dir"
if ! command -v clang-format >/dev/null; then
    echo "clang-format is not installed (packaging/install-deps.sh installs it)" >&2
    exit 1
fi
if (($# > 0)); then
    files=("$@")
else
    # Tracked files that exist (a deletion not yet committed is no drift).
    mapfile -t files < <(git ls-files -- '*.cpp' '*.h' | while read -r f; do [ -f "$f" ] && echo "$f"; done)
fi
if ((${#files[@]} == 0)); then
    echo "no C++ files found under $source_dir" >&2
    exit 1
fi
drift=()
for file in "${files[@]}"; do
    if ! clang-format --style=file:"$source_dir/.clang-format" --dry-run --Werror "$file" >/dev/null 2>&1; then
        drift+=("$file")
    fi
done
if ((${#drift[@]} > 0)); then
    echo "${#drift[@]} of ${#files[@]} files drift from .clang-format (fix: clang-format -i FILE):" >&2
    printf '  %s\n' "${drift[@]}" >&2
    exit 1
fi
echo "${#files[@]} files follow .clang-format"
