# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Rightsize developers
# Desktop integration and packages: `cmake --build build --target package` (or `cpack` in the build
# folder) writes rightsize_<version>_<arch>.deb and rightsize-<version>-Linux.tar.gz.
# Included once, from the top-level CMakeLists.txt, after the targets exist.
include(GNUInstallDirs)

set(RIGHTSIZE_APP_ID io.github.rightsize.Rightsize)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${RIGHTSIZE_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${RIGHTSIZE_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# Desktops look the icon up by the name the .desktop file gives, which is the application id.
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/rightsize.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${RIGHTSIZE_APP_ID}.svg)

# The About box names the QCoro version; only its source file needs it, so nothing else rebuilds.
if(QCoro6_VERSION)
    set_source_files_properties(${PROJECT_SOURCE_DIR}/ui/dialogs/aboutdialog.cpp
        TARGET_DIRECTORY rightsize_ui
        PROPERTIES COMPILE_DEFINITIONS "RIGHTSIZE_QCORO_VERSION=\"${QCoro6_VERSION}\"")
endif()

set(CPACK_PACKAGE_NAME rightsize)
set(CPACK_PACKAGE_VENDOR "Rightsize developers")
set(CPACK_PACKAGE_CONTACT "Rightsize developers <rightsize@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Rightsize recommends the smallest language model tier that meets a task's complexity, latency, cost and accuracy needs, ranks the models of a catalog and shows their cost at your volume.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/rightsize/rightsize")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/;/\\\\.git/")

# Debian: the library Depends come from dpkg-shlibdeps (dpkg-dev); Qt plugins are loaded at run
# time, so shlibdeps cannot see them (linked libraries such as libyaml-cpp0.7, which reads promptfoo
# configurations, it finds itself): the SQLite driver (history database). The SVG plugins come
# with libqt6svg6, which the binary links anyway.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The ✓ ✗ marks of the Evaluations matrix are drawn from DejaVu Sans; the vote buttons use our own icons.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)

include(CPack)
