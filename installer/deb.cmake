# The Debian package: `cpack -G DEB` in a build directory gives
# mailtriage_VERSION_ARCH.deb, installable with `apt install ./mailtriage_*.deb`
# on Debian 12. scripts/check-deb.sh proves it in a clean Debian root.
set(MAILTRIAGE_APP_ID org.mailtriage.MailTriage)
# The date of this version's release, shown by software centres.
set(MAILTRIAGE_RELEASE_DATE 2026-11-23)

install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/${MAILTRIAGE_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${CMAKE_CURRENT_LIST_DIR}/linux/${MAILTRIAGE_APP_ID}.metainfo.xml.in
               ${CMAKE_BINARY_DIR}/${MAILTRIAGE_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/${MAILTRIAGE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/mailtriage.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${MAILTRIAGE_APP_ID}.svg)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/mailtriage)
foreach(size 16 24 32 48 64 128 256)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/app/mailtriage-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${MAILTRIAGE_APP_ID}.png)
endforeach()

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://mailtriage.invalid/")
# Library dependencies are read off the binaries by dpkg-shlibdeps. What
# they load at run time is not linked, so it is named here: the platform
# plugins (xcb, offscreen), the SVG icon engine for the window's icons, and
# Qt's own Polish strings for dialog buttons.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# CPack puts the package summary on the first line.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Paste what a customer sent (an address, a domain, an IP address, a bounce or\n\
one line of an SMTP reply) and MailTriage says what is wrong and what to\n\
answer, in Polish or English: MX/A, SPF, DMARC, DKIM, reverse DNS, DNS\n\
blacklists, GeoIP, bounce decoding and a built-in submission server that\n\
replays a customer's session under the provider's rules.\n\
.\n\
Includes the command-line twin mailtriage-cli and a country database\n\
(ip-location-db, CC BY 4.0).")

# policyd (docs/policyd.md): a systemd unit, installed disabled, running as
# its own system user (made by postinst) with /etc/mailtriage/policy.json.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/mailtriage-policyd.service DESTINATION lib/systemd/system)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/mailtriage-policyd.default
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mailtriage/policyd)
install(FILES ${CMAKE_SOURCE_DIR}/docs/policyd.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/mailtriage)
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${CMAKE_CURRENT_LIST_DIR}/linux/postinst ${CMAKE_CURRENT_LIST_DIR}/linux/prerm
                                       ${CMAKE_CURRENT_LIST_DIR}/linux/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
