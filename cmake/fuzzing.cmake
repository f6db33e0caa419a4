# Compiler flags of the fuzz build (-DSALESPLAN_FUZZ=ON): libFuzzer's coverage, AddressSanitizer
# and UndefinedBehaviorSanitizer in every target, and undefined behaviour stops the run as a
# crash does. tests/fuzz links its targets with libFuzzer's main.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "SALESPLAN_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
                    -fno-omit-frame-pointer)
add_link_options(-fsanitize=address,undefined)
