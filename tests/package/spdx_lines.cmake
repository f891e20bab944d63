# Every source file of the tree carries the project's licence as an SPDX line in its first lines:
#   cmake -DROOT=<source tree> -P spdx_lines.cmake
# "Source" is C++, QML, JavaScript, shell, CMake and Python under app/, storage/, qml/, tests/ and
# bench/ (the files git knows; outside a git work tree every such file but node_modules and build*).
# The line is  SPDX-License-Identifier: GPL-3.0-or-later  in the file's comment syntax, within its
# first 5 lines (after a shebang). Fails listing every file without it.
cmake_minimum_required(VERSION 3.25)
if(NOT ROOT OR NOT IS_DIRECTORY "${ROOT}")
  message(FATAL_ERROR "spdx: give the tree to check with -DROOT=<folder>")
endif()
set(folders app storage qml tests bench)
set(patterns "\\.(cpp|hpp|h|qml|js|sh|cmake|py)$|(^|/)CMakeLists\\.txt$")

set(files "")
find_program(GIT git)
if(GIT AND EXISTS "${ROOT}/.git")
  execute_process(COMMAND "${GIT}" -C "${ROOT}" ls-files --cached --others --exclude-standard -- ${folders}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE listed OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(rc EQUAL 0)
    string(REPLACE "\n" ";" files "${listed}")
  endif()
endif()
if(NOT files)
  foreach(f IN LISTS folders)
    file(GLOB_RECURSE found RELATIVE "${ROOT}" "${ROOT}/${f}/*")
    list(APPEND files ${found})
  endforeach()
  list(FILTER files EXCLUDE REGEX "(^|/)(node_modules|build[^/]*)/")
endif()
list(FILTER files INCLUDE REGEX "${patterns}")

set(missing "")
foreach(f IN LISTS files)
  if(NOT EXISTS "${ROOT}/${f}")
    continue()  # deleted in the work tree, not yet in the index
  endif()
  file(STRINGS "${ROOT}/${f}" head LIMIT_COUNT 6)
  if(NOT head MATCHES "SPDX-License-Identifier: GPL-3\\.0-or-later")
    list(APPEND missing "${f}")
  endif()
endforeach()
list(LENGTH files checked)
if(missing)
  list(LENGTH missing n)
  list(JOIN missing "\n  " shown)
  message(FATAL_ERROR "spdx: ${n} of ${checked} source files have no 'SPDX-License-Identifier: GPL-3.0-or-later' line in their first lines:\n  ${shown}")
endif()
message(STATUS "spdx: all ${checked} source files carry the licence")
