# Runs lupdate over the sources into a temporary copy of TS_FILE and fails, naming the strings,
# when any message the code shows has no finished translation. The real .ts file is never written.
foreach(variable LUPDATE SOURCE_LIST TS_FILE WORK_DIR)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "checktranslations.cmake needs -D${variable}=...")
    endif()
endforeach()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
get_filename_component(ts_name ${TS_FILE} NAME)
set(copy ${WORK_DIR}/${ts_name})
file(COPY_FILE ${TS_FILE} ${copy})

set(options -no-obsolete -locations none)
foreach(folder IN LISTS INCLUDE_DIRS)
    list(APPEND options -I ${folder})
endforeach()
if(ts_name MATCHES "_en[.]ts$")
    # English is the source language: only its plural forms need translating.
    list(APPEND options -pluralonly)
endif()
execute_process(COMMAND ${LUPDATE} ${options} @${SOURCE_LIST} -ts ${copy}
    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status}):\n${output}")
endif()

file(READ ${copy} text)
# Semicolons and brackets would split or glue CMake list items; the check needs neither.
string(REPLACE ";" "," text "${text}")
string(REPLACE "[" "(" text "${text}")
string(REPLACE "]" ")" text "${text}")
# A tr() through a type alias (using T = X; T::tr) lands in a context without a name, which no
# translator looks up at run time: the strings would show in English whatever their translation.
if(text MATCHES "<name></name>")
    message(FATAL_ERROR "${ts_name}: strings in a context without a name — call X::tr with the "
                        "class's own name, not an alias lupdate cannot follow")
endif()
# Each message is one <message ...>...</message> block; collect the unfinished ones' sources.
string(REGEX MATCHALL "<message[^>]*>([^<]|<[^/]|</[^m])*</message>" messages "${text}")
set(missing)
foreach(message IN LISTS messages)
    if(message MATCHES "type=\"unfinished\"" OR message MATCHES "<translation></translation>"
       OR message MATCHES "<numerusform></numerusform>")
        string(REGEX MATCH "<source>[^<]*</source>" source "${message}")
        list(APPEND missing "${source}")
    endif()
endforeach()
list(LENGTH missing count)
if(count GREATER 0)
    list(JOIN missing "\n  " lines)
    message(FATAL_ERROR "${ts_name}: ${count} string(s) the code shows have no finished "
                        "translation (run the update_translations target, then translate):\n  ${lines}")
endif()
message(STATUS "${ts_name}: every string the code shows is translated")
