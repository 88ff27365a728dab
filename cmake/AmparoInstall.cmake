# What `cmake --install` puts where (GNU layout), and the Debian package
# that CPack builds from it. Translations and icons used by the program are
# compiled into the binaries; these files are for the desktop and the shell.
include(GNUInstallDirs)

set(AMPARO_APP_ID org.amparo.Amparo)
set(AMPARO_RESOURCES ${PROJECT_SOURCE_DIR}/resources)

install(FILES ${AMPARO_RESOURCES}/desktop/${AMPARO_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${AMPARO_RESOURCES}/desktop/${AMPARO_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${AMPARO_RESOURCES}/icons/${AMPARO_APP_ID}.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256)
    install(FILES ${AMPARO_RESOURCES}/icons/hicolor/${size}x${size}/${AMPARO_APP_ID}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# Debian installs manual pages compressed.
set(AMPARO_MAN_GZ ${PROJECT_BINARY_DIR}/amparo-cli.1.gz)
add_custom_command(OUTPUT ${AMPARO_MAN_GZ}
    COMMAND gzip -9n -c ${AMPARO_RESOURCES}/man/amparo-cli.1 > ${AMPARO_MAN_GZ}
    DEPENDS ${AMPARO_RESOURCES}/man/amparo-cli.1
    VERBATIM)
add_custom_target(amparo_man ALL DEPENDS ${AMPARO_MAN_GZ})
install(FILES ${AMPARO_MAN_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(AMPARO_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/amparo) # the package's name, as Debian wants
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/SECURITY.md
    DESTINATION ${AMPARO_DOCDIR})
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${AMPARO_DOCDIR} RENAME copyright)

set(CPACK_PACKAGE_NAME amparo)
set(CPACK_PACKAGE_VENDOR "The Amparo developers")
set(CPACK_PACKAGE_CONTACT "The Amparo developers <amparo@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "encrypted case management for organisations assisting victims of torture")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_PACKAGE_DESCRIPTION
    "Amparo helps organisations that assist victims of torture and human rights
defenders at risk: cases, people, consent, violations, urgent appeals,
assistance and an append-only audit trail, in a local SQLCipher database
opened with each user's own passphrase. It provides the desktop application
(amparo) and the command-line tool (amparo-cli).")
set(CPACK_STRIP_FILES ON)
# Library dependencies are computed from the binaries by dpkg-shlibdeps; what
# the binaries load at run time without linking is named here: Qt's platform
# plugins (to open a window; amparo-cli export-pdf uses the offscreen one,
# which comes with libqt6gui6) and the fonts with Latin, Cyrillic and Arabic
# glyphs that case summaries embed.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, fonts-noto-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
include(CPack)
