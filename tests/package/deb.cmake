# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from a copy of the tree and runs lintian on it:
#   cmake -DROOT=<source tree> -DWORK=<folder> -P deb.cmake
# The copy (the files the package is built from: no build folders, no tests, no node_modules) goes
# to WORK/crampdiary-VERSION, a fixed place, so that ccache (CMAKE_CXX_COMPILER_LAUNCHER=ccache in the
# environment, set here when ccache is installed) finds the previous build's objects. Then
# `dpkg-buildpackage -b -us -uc` (build dependencies checked: README's test command installs them),
# `lintian` (no error: E: lines fail, W: lines are printed), and the .deb must hold the program, its
# man page, its completion and its desktop files named by the app ID.
cmake_minimum_required(VERSION 3.25)
string(TIMESTAMP started "%s")
foreach(tool dpkg-buildpackage lintian dpkg-deb dpkg-parsechangelog)
  find_program(path_${tool} ${tool})
  if(NOT path_${tool})
    message(FATAL_ERROR "deb: ${tool} was not found: install debhelper dpkg-dev devscripts lintian (README)")
  endif()
endforeach()
execute_process(COMMAND dpkg-parsechangelog -l "${ROOT}/debian/changelog" -S Version
                OUTPUT_VARIABLE version OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
set(src "${WORK}/crampdiary-${version}")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${src}")
foreach(entry app storage qml assets bench debian docs CMakeLists.txt LICENSE README.md)
  file(COPY "${ROOT}/${entry}" DESTINATION "${src}")
endforeach()
# Without tests/ the top CMakeLists must not ask for it: the package builds with BUILD_TESTING=OFF.

find_program(CCACHE ccache)
if(CCACHE AND NOT DEFINED ENV{CMAKE_CXX_COMPILER_LAUNCHER})
  set(ENV{CMAKE_CXX_COMPILER_LAUNCHER} "${CCACHE}")
endif()
# debhelper builds with one job unless DEB_BUILD_OPTIONS says parallel=N: use every core (the test
# runs alone, RUN_SERIAL).
cmake_host_system_information(RESULT cores QUERY NUMBER_OF_LOGICAL_CORES)
if(NOT "$ENV{DEB_BUILD_OPTIONS}" MATCHES "parallel=")
  set(ENV{DEB_BUILD_OPTIONS} "$ENV{DEB_BUILD_OPTIONS} parallel=${cores}")
endif()
execute_process(COMMAND dpkg-buildpackage -b -us -uc WORKING_DIRECTORY "${src}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  string(LENGTH "${out}" n)
  if(n GREATER 12000)
    math(EXPR from "${n} - 12000")
    string(SUBSTRING "${out}" ${from} -1 out)
  endif()
  message(FATAL_ERROR "deb: dpkg-buildpackage -b -us -uc failed (exit ${rc}):\n${out}")
endif()
string(TIMESTAMP built "%s")

file(GLOB debs "${WORK}/crampdiary_${version}_*.deb")
file(GLOB changes "${WORK}/crampdiary_${version}_*.changes")
if(NOT debs OR NOT changes)
  message(FATAL_ERROR "deb: dpkg-buildpackage made no crampdiary_${version}_*.deb / .changes in ${WORK}")
endif()
list(GET changes 0 changes)
execute_process(COMMAND lintian --tag-display-limit 0 --info ${changes}
                RESULT_VARIABLE rc OUTPUT_VARIABLE lint ERROR_VARIABLE lint_err)
message(STATUS "deb: lintian says:\n${lint}${lint_err}")
set(problems "")
if(lint MATCHES "(^|\n)E: " OR NOT rc EQUAL 0)
  list(APPEND problems "lintian reports errors (exit ${rc})")
endif()

list(GET debs 0 deb)
execute_process(COMMAND dpkg-deb -c "${deb}" OUTPUT_VARIABLE contents COMMAND_ERROR_IS_FATAL ANY)
foreach(f usr/bin/crampdiary usr/share/man/man1/crampdiary.1.gz usr/share/bash-completion/completions/crampdiary
          usr/share/applications/org.crampdiary.crampdiary.desktop
          usr/share/icons/hicolor/scalable/apps/org.crampdiary.crampdiary.svg
          usr/share/metainfo/org.crampdiary.crampdiary.metainfo.xml usr/share/doc/crampdiary/copyright)
  string(FIND "${contents}" " ./${f}" at)
  if(at EQUAL -1)
    list(APPEND problems "the package has no /${f}")
  endif()
endforeach()
execute_process(COMMAND dpkg-deb -f "${deb}" Depends OUTPUT_VARIABLE depends)
foreach(d qml6-module-qtquick-controls qml6-module-qtquick-layouts fonts-wqy-microhei)
  if(NOT depends MATCHES "${d}")
    list(APPEND problems "the package does not depend on ${d}")
  endif()
endforeach()
string(TIMESTAMP finished "%s")
math(EXPR build_s "${built} - ${started}")
math(EXPR lint_s "${finished} - ${built}")
message(STATUS "deb: ${deb}: built in ${build_s} s, lintian and checks ${lint_s} s")
if(problems)
  list(JOIN problems "\n  " shown)
  message(FATAL_ERROR "deb:\n  ${shown}\nDepends: ${depends}\n${contents}")
endif()
