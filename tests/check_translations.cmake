# Fails when the Polish translation is not complete: runs lupdate over the
# sources into a copy of the .ts file and looks for unfinished messages.
#   cmake -DLUPDATE=... -DTS=... -DSOURCES=<file listing sources> -DWORK=<dir> -P check_translations.cmake
file(MAKE_DIRECTORY "${WORK}")
get_filename_component(name "${TS}" NAME)
configure_file("${TS}" "${WORK}/${name}" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none "@${SOURCES}" -ts "${WORK}/${name}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${err}")
endif()
message("${out}")
file(READ "${WORK}/${name}" content)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*<translation type=\"unfinished\"" unfinished "${content}")
list(LENGTH unfinished count)
if(count GREATER 0)
    foreach(item IN LISTS unfinished)
        string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" src "${item}")
        message("unfinished: ${src}")
    endforeach()
    message(FATAL_ERROR "${name}: ${count} unfinished translation(s); run the update_translations target and translate them")
endif()
string(REGEX MATCHALL "type=\"unfinished\"" empty "${content}")
list(LENGTH empty count)
if(count GREATER 0)
    message(FATAL_ERROR "${name}: ${count} unfinished translation(s)")
endif()
message("${name}: every message translated")
