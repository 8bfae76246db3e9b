/* LD_PRELOAD probe for bench/first_audio.py: the moment a program's first samples reach the sound
 * device. Playback goes into ALSA's `file` plugin (format "wav"), which writes a sample to its file
 * only once it has left the device buffer, as a sound card would play it; this records when that
 * plugin first writes anything after its 44-byte WAV header.
 *
 * It wraps write(): the first write that starts with "RIFF" names the capture file descriptor; the
 * first write to it after the header is reported, as milliseconds since NANGDOK_T0_NS
 * (CLOCK_MONOTONIC at the caller's exec), appended to the file DEVICE_PROBE_OUT, followed by the
 * CPU time the process has used so far (all its threads), which the machine's load hardly changes.
 * The clock is read
 * on the writing thread at the moment of the call: no tracer stops the program, and the reading
 * does not wait for another process to be scheduled. The same probe serves nangdok and espeak-ng.
 *
 *   cc -O2 -shared -fPIC bench/device_write_probe.c -o device_write_probe.so -ldl
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static ssize_t (*real_write)(int, const void*, size_t);
static atomic_int capture_fd = -1;
static atomic_long header_left = 44;
static atomic_int reported = 0;

static void report(void) {
    struct timespec now, cpu;
    clock_gettime(CLOCK_MONOTONIC, &now);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);  /* all threads of the process, so far */
    const char* t0 = getenv("NANGDOK_T0_NS");
    const char* out = getenv("DEVICE_PROBE_OUT");
    if (t0 == NULL || out == NULL) return;
    const long long ns = (long long)now.tv_sec * 1000000000LL + now.tv_nsec - atoll(t0);
    char line[64];
    const double cpu_ms = cpu.tv_sec * 1e3 + cpu.tv_nsec / 1e6;
    const int n = snprintf(line, sizeof line, "%.3f %.3f\n", ns / 1e6, cpu_ms);
    const int fd = open(out, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0) return;
    real_write(fd, line, (size_t)n);
    close(fd);
}

ssize_t write(int fd, const void* buf, size_t count) {
    if (real_write == NULL) real_write = (ssize_t (*)(int, const void*, size_t))dlsym(RTLD_NEXT, "write");
    if (atomic_load(&capture_fd) < 0 && count >= 4 && memcmp(buf, "RIFF", 4) == 0) atomic_store(&capture_fd, fd);
    if (fd == atomic_load(&capture_fd) && !atomic_load(&reported)) {
        const long left = atomic_load(&header_left);
        if (left > 0)
            atomic_store(&header_left, left - (long)count);
        else if (count > 0 && !atomic_exchange(&reported, 1))
            report();
    }
    return real_write(fd, buf, count);
}
