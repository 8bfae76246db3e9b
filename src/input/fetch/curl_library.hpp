// libcurl, loaded when the first URL is fetched rather than at start-up.
//
// Linking libcurl pulls about thirty shared libraries into every nangdok process (TLS, Kerberos,
// LDAP, HTTP/2, IDN…), which costs each start, and so the time to first sound, about 15 ms on the
// development machine, whether or not a URL is read. The fetch stage calls libcurl through this
// table instead; the library stays loaded until the process ends.
#pragma once

#include <curl/curl.h>

namespace nangdok {

struct CurlLibrary {
    CURL* (*easy_init)();
    void (*easy_cleanup)(CURL*);
    CURLcode (*easy_setopt)(CURL*, CURLoption, ...);
    CURLcode (*easy_perform)(CURL*);
    CURLcode (*easy_getinfo)(CURL*, CURLINFO, ...);
    const char* (*easy_strerror)(CURLcode);
    curl_slist* (*slist_append)(curl_slist*, const char*);
    void (*slist_free_all)(curl_slist*);
};

// Loads libcurl.so.4 on first use. Throws NetworkError when it cannot (not installed).
const CurlLibrary& curl_library();

}  // namespace nangdok
