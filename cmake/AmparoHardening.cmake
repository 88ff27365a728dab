# Hardening of the binaries we ship (issue 10; docs/SECURITY.md §9): stack
# canaries, fortified libc calls, a read-only relocation table resolved at
# start (full RELRO) and position-independent executables for ASLR.
# scripts/check-hardening verifies the installed binaries have them.
# Optimised builds only: _FORTIFY_SOURCE needs the optimiser, and Debug and
# sanitizer builds are for finding bugs, not for shipping.
include(CheckPIESupported)
check_pie_supported()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

if(NOT AMPARO_SANITIZE)
    set(optimised "$<NOT:$<CONFIG:Debug>>")
    add_compile_options("$<${optimised}:-fstack-protector-strong;-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")
    add_link_options("$<${optimised}:LINKER:-z,relro;LINKER:-z,now>")
endif()
