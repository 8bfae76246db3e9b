# Data tables: each data/<stage>/<name>.tsv is compiled into a header of generated code, so the
# program reads no file at start-up (the first sound is not delayed) while a linguist edits TSV.
# The tables are listed, with what their columns become, in data/tables.cmake.

add_executable(nangdok_tablegen ${PROJECT_SOURCE_DIR}/tools/tablegen.cpp)
set(NANGDOK_GENERATED_DIR ${PROJECT_BINARY_DIR}/generated)

# nangdok_data_table(TARGET TSV <stage>/<name>.tsv NAMESPACE ns NAME kName COLUMNS "a:str b:str?"
#                    [TYPE Element] [INCLUDE header]...)
# makes <stage>/data/<name>.hpp, reachable from TARGET and whatever links it.
function(nangdok_data_table target)
  cmake_parse_arguments(T "" "TSV;NAMESPACE;NAME;TYPE;COLUMNS" "INCLUDE" ${ARGN})
  get_filename_component(stage ${T_TSV} DIRECTORY)
  get_filename_component(base ${T_TSV} NAME_WE)
  set(header ${stage}/data/${base}.hpp)
  set(output ${NANGDOK_GENERATED_DIR}/${header})
  set(arguments --tsv ${PROJECT_SOURCE_DIR}/data/${T_TSV} --out ${output}
    --namespace ${T_NAMESPACE} --name ${T_NAME} --columns "${T_COLUMNS}")
  if(T_TYPE)
    list(APPEND arguments --type ${T_TYPE})
  endif()
  foreach(include ${T_INCLUDE})
    list(APPEND arguments --include ${include})
  endforeach()
  add_custom_command(OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${NANGDOK_GENERATED_DIR}/${stage}/data
    COMMAND nangdok_tablegen ${arguments}
    DEPENDS nangdok_tablegen ${PROJECT_SOURCE_DIR}/data/${T_TSV}
    COMMENT "Compiling data/${T_TSV}"
    VERBATIM)
  target_sources(${target} PRIVATE ${output})
  target_include_directories(${target} PUBLIC ${NANGDOK_GENERATED_DIR})
endfunction()
