#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#
# check-format.sh must be able to fail: a copy of a tracked file with its indentation broken is
# refused, and the same copy put right again passes.
set -euo pipefail
source_dir=$1
here=$(dirname "$(readlink -f "$0")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir/.clang-format" "$work/"
sed 's/^    /  /' "$source_dir/models/types/money.cpp" >"$work/broken.cpp"
if bash "$here/check-format.sh" "$work" broken.cpp; then
    echo "check-format.sh accepted a badly indented file" >&2
    exit 1
fi
clang-format --style=file:"$work/.clang-format" -i "$work/broken.cpp"
bash "$here/check-format.sh" "$work" broken.cpp
echo "check-format.sh refuses drift and accepts the formatted file"
