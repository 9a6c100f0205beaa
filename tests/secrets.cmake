# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors

# The secrets test (issue 6): a whole session, then every file written, every log line and every
# text shown searched for the API key. Included by tests/CMakeLists.txt.
smslog_add_test(tst_secrets)
target_link_libraries(tst_secrets PRIVATE smslog_app oneuptimeserver Qt6::Network)
# The session also runs the command-line tool's sync, as a user's cron job would.
target_compile_definitions(tst_secrets PRIVATE SMSLOG_CLI="$<TARGET_FILE:smslog>")
add_dependencies(tst_secrets smslog)

# CMake cannot change the command of a test once added, so the two entries are:
# - tst_secrets, the plain binary: no Secret Service. Run outside the wrapper, the test makes its
#   own private HOME and XDG folders and points D-Bus at a socket that does not exist, so the key
#   is held for the session only (and a developer's own keyring is never touched).
# - tst_secrets_keyring: the same binary under tests/with-test-keyring.sh, with a session bus and
#   gnome-keyring-daemon of its own; fails (never skips) when they cannot start.
add_test(NAME tst_secrets_keyring
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/with-test-keyring.sh $<TARGET_FILE:tst_secrets>)
set_tests_properties(tst_secrets tst_secrets_keyring PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false"
    TIMEOUT 300)
