# SPDX-License-Identifier: GPL-3.0-or-later
# check_layers.cmake must fail, naming the problem, on a tree with one bad include or include path,
# and pass on the same tree without it; so the real check cannot pass by checking nothing.
#   cmake -DCHECK=check_layers.cmake -DWORK=<scratch folder> -P selftest.cmake
cmake_minimum_required(VERSION 3.25)

# A small tree in the shape of the real one, every layer including the one below it.
function(good_tree root)
  file(REMOVE_RECURSE "${root}")
  file(WRITE "${root}/CMakeLists.txt" "add_subdirectory(app/core)\n")
  file(WRITE "${root}/app/core/rules.hpp" "#pragma once\n#include <vector>\n")
  file(WRITE "${root}/app/core/CMakeLists.txt" "target_include_directories(core PUBLIC \${CMAKE_CURRENT_SOURCE_DIR})\n")
  file(WRITE "${root}/storage/diary.hpp" "#include \"rules.hpp\"\n")
  file(WRITE "${root}/storage/sqlite.cpp" "#include <sqlite3.h>\n#include \"diary.hpp\"\n")
  file(WRITE "${root}/app/io/transfer.hpp" "#include \"diary.hpp\"\n")
  file(WRITE "${root}/app/service/diary_records.hpp" "#include \"diary.hpp\"\n#include \"rules.hpp\"\n")
  file(WRITE "${root}/app/qt/diarycontroller.hpp" "#include <QObject>\n#include \"transfer.hpp\"\n#include \"diary_records.hpp\"\n")
  file(WRITE "${root}/app/qt/report/reportwriter.cpp" "#include \"diarycontroller.hpp\"\n")
  file(WRITE "${root}/app/cli/cli.cpp" "#include \"reportwriter.cpp\"\n#include \"diary_records.hpp\"\n")
  file(WRITE "${root}/app/cli/CMakeLists.txt" "target_include_directories(cli PUBLIC \${CMAKE_CURRENT_SOURCE_DIR})\n")
  file(WRITE "${root}/app/CMakeLists.txt"
    "# a comment naming include_directories(\${PROJECT_SOURCE_DIR}/x) is no include path\n"
    "target_include_directories(qt PUBLIC \${CMAKE_CURRENT_SOURCE_DIR}/qt \${CMAKE_CURRENT_SOURCE_DIR}/qt/report)\n")
  file(WRITE "${root}/tests/fuzz/CMakeLists.txt"
    "target_include_directories(fuzz PRIVATE \$<TARGET_PROPERTY:core,INTERFACE_INCLUDE_DIRECTORIES>)\n")
endfunction()

function(run root result_var output_var)
  execute_process(COMMAND "${CMAKE_COMMAND}" -DROOT=${root} -P "${CHECK}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  set(${result_var} "${rc}" PARENT_SCOPE)
  set(${output_var} "${out}${err}" PARENT_SCOPE)
endfunction()

set(failures "")
set(root "${WORK}/tree")

good_tree("${root}")
run("${root}" rc out)
if(NOT rc EQUAL 0)
  string(APPEND failures "the good tree failed:\n${out}\n")
endif()

# name | file to write (relative) | its content | what the failure must say (no ';' in any field)
set(cases
  "core includes storage|app/core/night.cpp|#include \"diary.hpp\"|is storage/diary.hpp, of layer storage"
  "storage includes io|storage/backup.cpp|#include \"transfer.hpp\"|is app/io/transfer.hpp, of layer io"
  "io includes the service|app/io/fhir.cpp|#include \"diary_records.hpp\"|is app/service/diary_records.hpp, of layer service"
  "service includes io|app/service/periods.cpp|#include \"transfer.hpp\"|is app/io/transfer.hpp, of layer io"
  "service includes the window|app/service/periods.hpp|#include \"diarycontroller.hpp\"|is app/qt/diarycontroller.hpp, of layer qt"
  "io includes the command line|app/io/csv.cpp|#include \"../cli/cli.cpp\"|is app/cli/cli.cpp, of layer cli"
  "the window includes the command line|app/qt/startup.cpp|#  include \"cli.cpp\"|is app/cli/cli.cpp, of layer cli"
  "core includes Qt|app/core/message.cpp|#include <QString>|<QString>: app/core/ includes no Qt header"
  "service includes a Qt module header|app/service/x.cpp|#include <QtCore/QObject>|app/service/ includes no Qt header"
  "io talks to SQLite|app/io/fast.cpp|#include <sqlite3.h>|only storage/ talks to SQLite"
  "a test reaches into app/cli|tests/core/CMakeLists.txt|target_include_directories(t PRIVATE \${PROJECT_SOURCE_DIR}/app/cli)|include path \${PROJECT_SOURCE_DIR}/app/cli reaches"
  "a library exposes a folder that is a library of its own|app/CMakeLists.txt|target_include_directories(qt PUBLIC \${CMAKE_CURRENT_SOURCE_DIR}/cli)|include path \${CMAKE_CURRENT_SOURCE_DIR}/cli reaches"
  "a path climbs out of its folder|bench/CMakeLists.txt|include_directories(\${CMAKE_CURRENT_SOURCE_DIR}/../app/cli)|reaches into another folder"
  "a path through a variable|tests/fuzz/CMakeLists.txt|target_include_directories(fuzz PRIVATE \${core_dir})|include path \${core_dir} reaches"
)
foreach(c IN LISTS cases)
  string(REPLACE "|" ";" fields "${c}")
  list(GET fields 0 name)
  list(GET fields 1 file)
  list(GET fields 2 content)
  list(GET fields 3 expected)
  good_tree("${root}")
  file(WRITE "${root}/${file}" "${content}\n")
  run("${root}" rc out)
  string(FIND "${out}" "${expected}" at)
  if(rc EQUAL 0)
    string(APPEND failures "${name}: the check passed\n")
  elseif(at EQUAL -1)
    string(APPEND failures "${name}: the check failed without saying '${expected}':\n${out}\n")
  endif()
endforeach()

# A layer folder gone (or renamed): the check must not pass by finding nothing there.
good_tree("${root}")
file(REMOVE_RECURSE "${root}/app/service")
run("${root}" rc out)
string(FIND "${out}" "app/service/ holds no source file" at)
if(rc EQUAL 0 OR at EQUAL -1)
  string(APPEND failures "a missing layer folder was not reported:\n${out}\n")
endif()

file(REMOVE_RECURSE "${WORK}")
if(failures)
  message(FATAL_ERROR "check_layers.cmake is not trustworthy:\n${failures}")
endif()
list(LENGTH cases n)
message(STATUS "check_layers.cmake passes the good tree and fails each of ${n} bad ones and a missing layer")
