# SPDX-License-Identifier: GPL-3.0-or-later
# The reference check must catch what it is for (run by CTest, see CMakeLists.txt beside this file):
#   cmake -DCHECK=<check_references.cmake> -DWORK=<scratch folder> -P self_test.cmake
# Builds small trees under WORK and runs the check on each: an honest tree must pass with every
# reference counted, and a missing file or a missing section must fail, naming file and line.
# (File names are put together from ${md} so that this file names no Markdown file itself.)
cmake_minimum_required(VERSION 3.25)

if(NOT CHECK OR NOT WORK)
  message(FATAL_ERROR "docs self-test: give -DCHECK=<check_references.cmake> -DWORK=<folder>")
endif()
set(md "md")
set(failures "")

# A tree with a README, docs/guide, docs/other and a source file, every reference honest; `extra`
# is appended to the source file.
function(make_tree name extra)
  set(tree "${WORK}/${name}")
  file(REMOVE_RECURSE "${tree}")
  file(WRITE "${tree}/docs/guide.${md}" "# Guide\n\n## First part\n\ntext\n\n### A sub part\n\nSee [other.${md}](other.${md}) (\"Elsewhere\").\n")
  file(WRITE "${tree}/docs/other.${md}" "# Other\n\n## Elsewhere\n\nBack to ../README.${md}, or https://example.org/missing.${md}.\n")
  file(WRITE "${tree}/README.${md}" "# Tool\n\nThe rules: docs/guide.${md}, \"First part\" and \"A sub part\".\n")
  file(WRITE "${tree}/src/thing.cpp"
       "// Does a thing (docs/guide.${md}, \"First part\" and \"A sub\n// part\").\n"
       "const char* hint = \"see docs/other.${md}\", *next = \"x\";\n${extra}")
  set(tree "${tree}" PARENT_SCOPE)
endfunction()

# Runs the check on `tree`; sets rc and output.
function(run_check tree)
  execute_process(COMMAND "${CMAKE_COMMAND}" -DROOT=${tree} -P "${CHECK}"
                  RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  set(rc "${result}" PARENT_SCOPE)
  set(output "${out}${err}" PARENT_SCOPE)
endfunction()

# case: name, whether the check must pass, and the fragments its output must hold.
function(expect name must_pass)
  if(must_pass AND NOT rc EQUAL 0)
    set(failures "${failures}\n${name}: the check failed (exit code ${rc}), expected it to pass:\n${output}" PARENT_SCOPE)
    return()
  elseif(NOT must_pass AND rc EQUAL 0)
    set(failures "${failures}\n${name}: the check passed, expected it to fail:\n${output}" PARENT_SCOPE)
    return()
  endif()
  foreach(fragment IN LISTS ARGN)
    string(FIND "${output}" "${fragment}" at)
    if(at EQUAL -1)
      set(failures "${failures}\n${name}: the output does not say '${fragment}':\n${output}" PARENT_SCOPE)
      return()
    endif()
  endforeach()
endfunction()

make_tree(honest "")
run_check("${tree}")
# README 1; guide 2 (a link's text and target); other 1 (the web address is none); thing.cpp 2 (the
# one in a string is followed by the string's closing quote, which cites no section).
expect("an honest tree" TRUE "6 reference(s)" "all honest")

make_tree(missing_file "// Formats: docs/formats.${md}.\n")
run_check("${tree}")
expect("a missing file" FALSE "src/thing.cpp:4: docs/formats.${md} is not a file of the repository")

make_tree(missing_section "// docs/guide.${md}, \"First part\" and \"A third\n// part\".\n")
run_check("${tree}")
expect("a missing section cited across comment lines" FALSE
       "src/thing.cpp:4: docs/guide.${md} has no section \"A third part\"")

make_tree(missing_relative "")
file(APPEND "${tree}/docs/other.${md}" "\nAnd [gone.${md}](gone.${md}) (\"Nowhere\").\n")
run_check("${tree}")
expect("a missing file linked from a Markdown file" FALSE "docs/other.${md}:7: gone.${md} is not a file of the repository")

make_tree(missing_heading_in_link "")
file(APPEND "${tree}/README.${md}" "\nMore: [guide](docs/guide.${md}) (\"Last part\").\n")
run_check("${tree}")
expect("a missing section after a Markdown link" FALSE "README.${md}:5: docs/guide.${md} has no section \"Last part\"")

if(failures)
  message(FATAL_ERROR "docs self-test: the reference check did not behave:${failures}")
endif()
message(STATUS "docs self-test: the check passes an honest tree and names each broken reference")
