# Installation of what is not the nangdok binary and its voices (those are in the top
# CMakeLists.txt), and the Debian package: `cpack -G DEB` in the build folder makes
# nangdok_VERSION_amd64.deb from the same install rules that `cmake --install` follows.
#
#   /usr/bin/nangdok                                   (top CMakeLists.txt)
#   /usr/share/nangdok/voices/*.voice                  (top CMakeLists.txt)
#   /usr/share/man/man1/nangdok.1.gz                   written in docs/man/nangdok.1.scd, built by scdoc
#   /usr/lib/speech-dispatcher-modules/sd_nangdok      where Debian 12's speech-dispatcher looks
#   /etc/speech-dispatcher/modules/nangdok.conf        the module's settings, a conffile

# --- The man page -------------------------------------------------------------------------------
find_program(NANGDOK_SCDOC scdoc)
find_program(NANGDOK_GZIP gzip)
set(NANGDOK_MAN_SOURCE ${PROJECT_SOURCE_DIR}/docs/man/nangdok.1.scd)
set(NANGDOK_MAN_PAGE ${PROJECT_BINARY_DIR}/nangdok.1)
if(NANGDOK_SCDOC AND NANGDOK_GZIP)
  add_custom_command(OUTPUT ${NANGDOK_MAN_PAGE} ${NANGDOK_MAN_PAGE}.gz
    COMMAND sh -c "'${NANGDOK_SCDOC}' < '${NANGDOK_MAN_SOURCE}' > '${NANGDOK_MAN_PAGE}'"
    # -n: no name or time stamp in the archive, so the package is the same on every build.
    COMMAND sh -c "'${NANGDOK_GZIP}' -9n < '${NANGDOK_MAN_PAGE}' > '${NANGDOK_MAN_PAGE}.gz'"
    DEPENDS ${NANGDOK_MAN_SOURCE}
    COMMENT "Building the man page nangdok.1 with scdoc"
    VERBATIM)
  add_custom_target(nangdok_man_page ALL DEPENDS ${NANGDOK_MAN_PAGE} ${NANGDOK_MAN_PAGE}.gz)
  install(FILES ${NANGDOK_MAN_PAGE}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(WARNING "scdoc or gzip not found: no man page (scripts/install-deps installs scdoc)")
endif()

# --- The speech-dispatcher module ---------------------------------------------------------------
# Debian 12's speech-dispatcher 0.11.4 looks for modules in lib/speech-dispatcher-modules and in
# lib/<multiarch>/speech-dispatcher-modules; its own sd_generic is in the first.
set(NANGDOK_SPEECHD_MODULE_DIR "lib/speech-dispatcher-modules" CACHE STRING
  "Where sd_nangdok is installed, relative to the install prefix")
install(TARGETS sd_nangdok RUNTIME DESTINATION ${NANGDOK_SPEECHD_MODULE_DIR})

# The configuration goes to /etc when the prefix is /usr (as for the package), else under the
# prefix. Decided when installing, since `cmake --install --prefix` and CPack choose the prefix then.
set(NANGDOK_SPEECHD_CONF ${PROJECT_SOURCE_DIR}/src/module/speechd/nangdok.conf)
install(CODE "
  if(CMAKE_INSTALL_PREFIX STREQUAL \"/usr\")
    set(nangdok_conf_dir \"/etc/speech-dispatcher/modules\")
  else()
    set(nangdok_conf_dir \"\${CMAKE_INSTALL_PREFIX}/etc/speech-dispatcher/modules\")
  endif()
  file(INSTALL DESTINATION \"\${nangdok_conf_dir}\" TYPE FILE
       PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ FILES \"${NANGDOK_SPEECHD_CONF}\")
")

# --- The Debian package -------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME nangdok)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "nangdok")
set(CPACK_PACKAGE_CONTACT "nangdok maintainers <nangdok@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "reads Korean news articles aloud, and Korean for screen readers")
# CPack puts the summary first and indents these lines itself; an empty line becomes " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "nangdok cleans a Korean news page down to its article, splits it into sentences, writes out
numbers, dates, times, Latin letters, symbols and hanja as a news anchor says them, respells
them as pronounced and speaks them with eSpeak NG, or saves the audio as WAV, FLAC, Ogg, Opus
or MP3.

sd_nangdok, a speech-dispatcher output module, gives screen readers such as Orca the same
Korean reading.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # nangdok_VERSION_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION sound)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# Library dependencies come from dpkg-shlibdeps; besides them, data read at run time, and PortAudio,
# which is loaded with dlopen when a device opens (src/audio/playback/portaudio_library.cpp).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "espeak-ng-data, libportaudio2")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libhangul-data")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "speech-dispatcher, orca")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The module's settings are the administrator's once installed: an upgrade keeps their changes.
file(WRITE ${PROJECT_BINARY_DIR}/debian/conffiles "/etc/speech-dispatcher/modules/nangdok.conf\n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${PROJECT_BINARY_DIR}/debian/conffiles)
include(CPack)
