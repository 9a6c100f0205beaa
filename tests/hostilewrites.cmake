# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors

# Hostile writes and unreadable files (issue 6): a full disk (a small tmpfs) during sync and
# export, `smslog export` killed with SIGKILL, a file the user may not read, hostile files opened
# through the window. Mounts and drops privileges: needs root (CI runs as root).
smslog_add_test(tst_hostilewrites)
target_link_libraries(tst_hostilewrites PRIVATE smslog_app smslog_data oneuptimeserver Qt6::Sql)
# The unreadable-file and kill tests run the real command-line tool in a child process.
target_compile_definitions(tst_hostilewrites PRIVATE SMSLOG_CLI="$<TARGET_FILE:smslog>")
add_dependencies(tst_hostilewrites smslog)
# About two minutes (full syncs and exports of tens of thousands of rows, each several times);
# longer under the sanitizers.
set_tests_properties(tst_hostilewrites PROPERTIES TIMEOUT 900)
