# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#
# Build step (resources/translations/CMakeLists.txt), CMake script mode:
#   cmake -DLUPDATE=… -DSOURCE_TS=smslog_en.ts -DOUTPUT_TS=… -DLIST_FILE=… -P freshts.cmake
# Writes OUTPUT_TS: the committed SOURCE_TS (its English plural forms) brought up to date with
# the sources listed in LIST_FILE, so that the pseudo-locale holds every text of the current
# sources even when smslog_en.ts was not regenerated after a change. When lupdate fails or hangs
# (lupdate 6.4 never finishes a translate() call whose arguments hold `std::min<T>(…)`), the
# committed file is used as it is, with a warning: the build goes on.
file(COPY_FILE "${SOURCE_TS}" "${OUTPUT_TS}")
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none "@${LIST_FILE}" -ts "${OUTPUT_TS}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output
    TIMEOUT 120)
if(NOT result EQUAL 0)
    message(WARNING "lupdate did not finish (${result}); the pseudo-locale is made from ${SOURCE_TS} "
                    "as committed. ${output}")
    file(COPY_FILE "${SOURCE_TS}" "${OUTPUT_TS}")
endif()
