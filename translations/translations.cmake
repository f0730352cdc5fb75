# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Rightsize developers
# The .ts files are compiled into the core library as :/i18n/rightsize_<lang>.qm, so that the
# command line and the window (both link the core) speak the same language. lupdate is NOT run at
# build time: sources change all the time and a build must not rewrite tracked files. Refresh the
# .ts files with tools/i18n/update-translations.sh; tests/i18n/check_translations.sh fails while a
# message in the sources has no finished translation.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

set(RIGHTSIZE_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/rightsize_de.ts
    ${PROJECT_SOURCE_DIR}/translations/rightsize_fr.ts)
qt_add_lrelease(rightsize_core
    TS_FILES ${RIGHTSIZE_TS_FILES}
    OPTIONS -silent
    QM_FILES_OUTPUT_VARIABLE RIGHTSIZE_QM_FILES)
qt_add_resources(rightsize_core rightsize_translations
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${RIGHTSIZE_QM_FILES})
