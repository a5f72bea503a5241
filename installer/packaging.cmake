# Installation layout and CPack packaging. The installers issue fills in the
# .deb and NSIS details; this keeps one staging step for both.
include(GNUInstallDirs)
install(TARGETS mailtriage mailtriage-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

set(CPACK_PACKAGE_NAME mailtriage)
set(CPACK_PACKAGE_VENDOR "MailTriage")
set(CPACK_PACKAGE_CONTACT "MailTriage maintainers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
include(CPack)
