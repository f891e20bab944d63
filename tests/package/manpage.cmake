# SPDX-License-Identifier: GPL-3.0-or-later
# The generated man page renders without a warning and says what the program says:
#   cmake -DMAN=<crampdiary.1> -DEXE=<crampdiary> -P manpage.cmake
# Rendered as lintian does (man --warnings -l); it must name every subcommand `crampdiary
# --completion-table` lists (so a new one is in the page without editing it), the version and the
# sections crampdiary.h2m adds.
cmake_minimum_required(VERSION 3.25)
if(NOT EXISTS "${MAN}")
  message(FATAL_ERROR "man page: ${MAN} was not generated (is help2man installed? see README)")
endif()
set(ENV{MANWIDTH} 80)
set(ENV{LC_ALL} C.UTF-8)
execute_process(COMMAND man --warnings -E UTF-8 -l -Tutf8 "${MAN}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE page ERROR_VARIABLE warnings)
set(problems "")
if(NOT rc EQUAL 0 OR warnings)
  list(APPEND problems "man -l exit ${rc}, warnings:\n${warnings}")
endif()
string(ASCII 27 esc)
string(ASCII 8 backspace)
string(REGEX REPLACE "${esc}\\[[0-9;]*m" "" page "${page}")   # no bold or underline, as SGR
string(REGEX REPLACE ".${backspace}" "" page "${page}")         # or as overstrike
execute_process(COMMAND "${EXE}" --completion-table OUTPUT_VARIABLE table RESULT_VARIABLE rc)
execute_process(COMMAND "${EXE}" --version OUTPUT_VARIABLE version OUTPUT_STRIP_TRAILING_WHITESPACE)
string(REGEX MATCHALL "(^|\n)[a-z-]+\t" names "${table}")
if(NOT rc EQUAL 0 OR NOT names)
  list(APPEND problems "crampdiary --completion-table listed no subcommand")
endif()
foreach(n IN LISTS names)
  string(STRIP "${n}" n)
  if(NOT page MATCHES "\n +${n}[ \n]")
    list(APPEND problems "the page does not list the subcommand ${n}")
  endif()
endforeach()
string(REPLACE "crampdiary " "" number "${version}")
foreach(want "crampdiary - a diary for night-time leg cramps" "抽筋日记" "EXIT STATUS" "ENVIRONMENT" "XDG_DATA_HOME"
             "FILES" "${number}")
  string(FIND "${page}" "${want}" at)
  if(at EQUAL -1)
    list(APPEND problems "the page does not say '${want}'")
  endif()
endforeach()
if(problems)
  list(JOIN problems "\n  " shown)
  message(FATAL_ERROR "man page:\n  ${shown}\n--- the page:\n${page}")
endif()
