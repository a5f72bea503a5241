# The Windows installer: CPack's NSIS generator with our own template
# (windows/NSIS.template.in: per-user or per-machine installation, English and
# Polish, Start-menu and desktop shortcuts, uninstaller) over the install tree
# every package shares. On Windows the install step also deploys Qt
# (windeployqt) and every other DLL the programs need beside them in bin/.
# Included on every platform: on Linux, scripts/check-nsis.sh builds the
# installer from the Linux tree to check the template with Debian's makensis.

# CPack looks for NSIS.template.in in CMAKE_MODULE_PATH.
list(APPEND CMAKE_MODULE_PATH "${CMAKE_CURRENT_LIST_DIR}/windows")

# The version of project() is shown in the title bar, on the pages, in
# "Apps & features" and in the installer's file properties.
set(CPACK_NSIS_PACKAGE_NAME "MailTriage ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "MailTriage")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "MailTriage")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_SOURCE_DIR}/resources/icons/app/mailtriage.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_SOURCE_DIR}/resources/icons/app/mailtriage.ico")
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall")
# Start-menu shortcut to the GUI (in bin\, CPACK_NSIS_EXECUTABLES_DIRECTORY),
# and "Run MailTriage" on the last page.
set(CPACK_PACKAGE_EXECUTABLES "mailtriage;MailTriage")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "mailtriage.exe")
# Our own template values.
set(CPACK_MAILTRIAGE_NSIS_DIR "${CMAKE_CURRENT_LIST_DIR}/windows")
set(CPACK_MAILTRIAGE_GUI_EXECUTABLE "mailtriage.exe")
set(CPACK_MAILTRIAGE_SHORTCUT_NAME "MailTriage")

if(WIN32)
    # windeployqt: Qt's DLLs, plugins and translations, and qt.conf in bin/.
    if(Qt6_VERSION VERSION_LESS 6.5)
        qt_generate_deploy_app_script(TARGET mailtriage FILENAME_VARIABLE _mt_qt_deploy NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET mailtriage OUTPUT_SCRIPT _mt_qt_deploy NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT "${_mt_qt_deploy}")

    # Then every other DLL they load (ldns, libmaxminddb, libpsl, OpenSSL, the
    # compiler's runtime, and what MSYS2's Qt itself links: ICU, zstd...),
    # from the toolchain's and Qt's bin directories.
    get_filename_component(_mt_toolchain_bin "${CMAKE_CXX_COMPILER}" DIRECTORY)
    set(MAILTRIAGE_DLL_DIRS "${_mt_toolchain_bin}" "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}"
        CACHE STRING "Where the Windows install step looks for the DLLs the programs need")
    set(MAILTRIAGE_QT_PLUGINS_DIR "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}")
    configure_file("${CMAKE_CURRENT_LIST_DIR}/windows/deploy-dlls.cmake.in"
        "${CMAKE_BINARY_DIR}/deploy-dlls.cmake" @ONLY)
    install(SCRIPT "${CMAKE_BINARY_DIR}/deploy-dlls.cmake")
endif()
