# CPack settings for packing a Linux build's install tree with the NSIS
# generator, so Debian's makensis compiles our template's script (the
# Windows checks only). From the environment:
#   MAILTRIAGE_BUILD    the configured build directory
#   MAILTRIAGE_PACKAGE  where the installer goes (CPACK_PACKAGE_DIRECTORY)
#   MAILTRIAGE_NAME     its file name without .exe
include("$ENV{MAILTRIAGE_BUILD}/CPackConfig.cmake")
set(CPACK_GENERATOR NSIS)
# As on Windows, where the .deb's settings are not made.
unset(CPACK_PACKAGING_INSTALL_PREFIX)
set(CPACK_SET_DESTDIR OFF)
set(CPACK_PACKAGE_DIRECTORY "$ENV{MAILTRIAGE_PACKAGE}")
set(CPACK_PACKAGE_FILE_NAME "$ENV{MAILTRIAGE_NAME}")
# Quick (zlib, not LZMA), and every makensis warning is an error.
set(CPACK_NSIS_COMPRESSOR zlib)
set(CPACK_NSIS_EXECUTABLE_PRE_ARGUMENTS -WX)
