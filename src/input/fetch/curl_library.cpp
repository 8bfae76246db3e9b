#include "fetch/curl_library.hpp"

#include <dlfcn.h>
#include <mutex>
#include <string>

#include "core/errors.hpp"

namespace nangdok {
namespace {

constexpr const char* kSoname = "libcurl.so.4";

template <typename Function>
void bind(void* handle, const char* name, Function& out, std::string& missing) {
    out = reinterpret_cast<Function>(::dlsym(handle, name));
    if (out == nullptr) missing += (missing.empty() ? "" : ", ") + std::string(name);
}

}  // namespace

const CurlLibrary& curl_library() {
    static CurlLibrary library{};
    static std::string error;
    static std::once_flag loaded;
    std::call_once(loaded, [] {
        void* handle = ::dlopen(kSoname, RTLD_NOW | RTLD_LOCAL);
        if (handle == nullptr) {
            const char* reason = ::dlerror();
            error = std::string("cannot load ") + kSoname + " (Debian package libcurl4): " + (reason ? reason : "");
            return;
        }
        std::string missing;
        bind(handle, "curl_easy_init", library.easy_init, missing);
        bind(handle, "curl_easy_cleanup", library.easy_cleanup, missing);
        bind(handle, "curl_easy_setopt", library.easy_setopt, missing);
        bind(handle, "curl_easy_perform", library.easy_perform, missing);
        bind(handle, "curl_easy_getinfo", library.easy_getinfo, missing);
        bind(handle, "curl_easy_strerror", library.easy_strerror, missing);
        bind(handle, "curl_slist_append", library.slist_append, missing);
        bind(handle, "curl_slist_free_all", library.slist_free_all, missing);
        if (!missing.empty()) error = std::string(kSoname) + " lacks " + missing;
    });
    if (!error.empty()) throw NetworkError(error);
    return library;
}

}  // namespace nangdok
