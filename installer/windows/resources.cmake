# Windows resources of the programs: the application icon and the version
# information (from project(... VERSION)), one .rc per program.
#
#   mt_configure_windows_resource(OUTPUT NAME DESCRIPTION)  writes the .rc
#   mt_add_windows_resource(TARGET DESCRIPTION)             and adds it to TARGET

set(MAILTRIAGE_RC_TEMPLATE "${CMAKE_CURRENT_LIST_DIR}/mailtriage.rc.in")

function(mt_configure_windows_resource output name description)
    set(MAILTRIAGE_RC_NAME "${name}")
    set(MAILTRIAGE_RC_DESCRIPTION "${description}")
    set(MAILTRIAGE_RC_ICON "${CMAKE_SOURCE_DIR}/resources/icons/app/mailtriage.ico")
    set(_parts)
    foreach(_part MAJOR MINOR PATCH TWEAK)
        if("${PROJECT_VERSION_${_part}}" STREQUAL "")
            list(APPEND _parts 0)
        else()
            list(APPEND _parts ${PROJECT_VERSION_${_part}})
        endif()
    endforeach()
    string(REPLACE ";" "," MAILTRIAGE_RC_VERSION_COMMAS "${_parts}")
    configure_file("${MAILTRIAGE_RC_TEMPLATE}" "${output}" @ONLY)
endfunction()

function(mt_add_windows_resource target description)
    set(_rc "${CMAKE_CURRENT_BINARY_DIR}/${target}.rc")
    mt_configure_windows_resource("${_rc}" "${target}" "${description}")
    target_sources(${target} PRIVATE "${_rc}")
endfunction()
