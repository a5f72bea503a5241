# Installation layout and CPack packaging. One install tree serves every
# package: bin/ holds both programs and share/mailtriage/ the default GeoIP
# database (cmake/GeoIpDatabase.cmake) and policy, found relative to bin/.
# The .deb (installer/deb.cmake) and the Windows installer
# (installer/nsis.cmake) add what only their platform needs.
include(GNUInstallDirs)
install(TARGETS mailtriage mailtriage-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${CMAKE_SOURCE_DIR}/resources/policy/default-policy.json
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mailtriage/policy)

set(CPACK_PACKAGE_NAME mailtriage)
set(CPACK_PACKAGE_VENDOR "MailTriage")
set(CPACK_PACKAGE_CONTACT "MailTriage maintainers <helpdesk-tools@mailtriage.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "MailTriage")
set(CPACK_STRIP_FILES ON)

include(${CMAKE_CURRENT_LIST_DIR}/nsis.cmake) # on Linux too: scripts/check-nsis.sh
if(UNIX AND NOT APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/deb.cmake)
endif()
include(CPack)
