# SPDX-License-Identifier: GPL-3.0-or-later
# The project's licence is said the same way everywhere:  cmake -DROOT=<source tree> -P licence.cmake
# LICENSE is the GNU GPL version 3 in full; the metainfo's project_license is GPL-3.0-or-later (the
# "or later" is said in the README and in debian/copyright as GPL-3+, once that file exists).
cmake_minimum_required(VERSION 3.25)
set(problems "")
file(READ "${ROOT}/LICENSE" text)
if(NOT text MATCHES "^[ \t]*GNU GENERAL PUBLIC LICENSE[ \t\n]+Version 3, 29 June 2007"
   OR NOT text MATCHES "END OF TERMS AND CONDITIONS")
  list(APPEND problems "LICENSE is not the full text of the GNU GPL version 3")
endif()
file(READ "${ROOT}/assets/org.crampdiary.crampdiary.metainfo.xml" meta)
if(NOT meta MATCHES "<project_license>GPL-3\\.0-or-later</project_license>")
  list(APPEND problems "the metainfo's project_license is not GPL-3.0-or-later")
endif()
set(readme_file README.md)  # at the top of the tree
file(READ "${ROOT}/${readme_file}" readme)
if(NOT readme MATCHES "GPL-3\\.0-or-later")
  list(APPEND problems "README.md does not name the licence (GPL-3.0-or-later)")
endif()
if(EXISTS "${ROOT}/debian/copyright")
  file(READ "${ROOT}/debian/copyright" copyright)
  if(NOT copyright MATCHES "Files: \\*\n[^\n]*\nLicense: GPL-3\\+")
    list(APPEND problems "debian/copyright does not give the project's files (Files: *) as GPL-3+")
  endif()
endif()
if(problems)
  list(JOIN problems "\n  " shown)
  message(FATAL_ERROR "licence:\n  ${shown}")
endif()
