# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#
# The Debian package, built from a build folder with `cpack -G DEB` (cpack installs the whole
# project: both programs and packaging/'s desktop files; nothing from tests/ has install rules).
# Included at the end of the top-level CMakeLists.txt.

set(CPACK_PACKAGE_NAME smslog-viewer)
set(CPACK_PACKAGE_VENDOR "SMS Log Viewer contributors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop viewer for OneUptime SMS delivery logs")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/smslogviewer/smslog-viewer")
set(CPACK_PACKAGE_CONTACT "SMS Log Viewer contributors <smslog-viewer@users.noreply.github.com>")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Release packages without the debugging symbols of RelWithDebInfo (several times smaller).
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_SOURCE_GENERATOR "")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # smslog-viewer_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "SMS Log Viewer reads the SMS delivery logs of OneUptime: who was paged, what
was sent, which numbers keep failing and with which provider error, and what
it all cost. It browses a project's logs live from a OneUptime instance or
opens a local SQLite cache of them, and stays fast on millions of messages.

The package also holds smslog, a command-line tool that syncs a project into
a cache file, prints cost summaries and exports messages as CSV or JSON Lines.")
# The libraries the programs link (Qt, QtKeychain, SQLite...) come from dpkg-shlibdeps; these are
# loaded at run time, so dpkg-shlibdeps cannot see them:
# - libsecret-1-0: QtKeychain dlopens it to reach the Secret Service (the system keyring);
# - libqt6sql6-sqlite: Qt's SQLite driver plugin (every cache file);
# - libqt6svg6: the SVG icon engine and image format plugins (the icons);
# - qt6-qpa-plugins: platform plugins beyond xcb (Wayland and others).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins")
# A Secret Service provider keeps API keys across sessions; without one, keys last one session.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc")
# Qt's own translations (standard buttons and dialogs) for languages other than English.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-translations-l10n")

include(CPack)
