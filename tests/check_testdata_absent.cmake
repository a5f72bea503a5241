# A fresh clone has no third-party data beside it: each program that needs
# it must then succeed and say, in one line, what it skipped (never fail,
# never pass in silence). Runs them with MAILTRIAGE_TESTDATA at an empty folder.
#   cmake -DPROGRAMS=<a;b;...> -DWORK=<dir> -P check_testdata_absent.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(ENV{MAILTRIAGE_TESTDATA} "${WORK}")
foreach(program IN LISTS PROGRAMS)
    execute_process(COMMAND "${program}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${program} exited with ${rc} without test data:\n${out}${err}")
    endif()
    if(NOT "${out}${err}" MATCHES "third-party test data not found")
        message(FATAL_ERROR "${program} did not say what it skipped:\n${out}${err}")
    endif()
    message("${program}: skips with a line, as it should")
endforeach()
