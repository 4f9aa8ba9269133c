/* Every allocation of 1 MiB or more a process makes, counted by call stack (malloc, calloc, realloc and the aligned
 * ones, through glibc's own entry points). Preloaded into a run; at exit each process writes
 * /tmp/big-allocations-PID.txt: one SITE line (count, bytes) per call stack, then its frames. big-allocations.py
 * ranks the sites by bytes and names the frames (C++ and Swift symbols; addresses in the digitise binary via addr2line).
 *   gcc -O2 -shared -fPIC big-allocations.c -o /tmp/big-allocations.so
 *   OMP_THREAD_LIMIT=1 LD_PRELOAD=/tmp/big-allocations.so .build/release/digitise run INBOX --archive EMPTY --quiet
 *   python3 bench/probes/big-allocations.py .build/release/digitise 15
 */
#define _GNU_SOURCE
#include <errno.h>
#include <execinfo.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void *__libc_memalign(size_t, size_t);
#define BIG (1u << 20)
#define DEPTH 10
#define SLOTS 8192
struct site { void *frames[DEPTH]; int n; unsigned long count; unsigned long bytes; };
static struct site sites[SLOTS];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static __thread int inside;
static void record(size_t size) {
  if (inside) return;
  inside = 1;
  void *f[DEPTH + 2];
  int n = backtrace(f, DEPTH + 2);
  n -= 2; if (n < 0) n = 0;
  unsigned long h = 1469598103934665603ul;
  for (int i = 0; i < n; i++) h = (h ^ (unsigned long)f[i + 2]) * 1099511628211ul;
  pthread_mutex_lock(&lock);
  for (unsigned long k = 0; k < SLOTS; k++) {
    struct site *s = &sites[(h + k) % SLOTS];
    if (s->n == 0 && s->count == 0) { memcpy(s->frames, f + 2, n * sizeof(void *)); s->n = n; s->count = 1; s->bytes = size; break; }
    if (s->n == n && memcmp(s->frames, f + 2, n * sizeof(void *)) == 0) { s->count++; s->bytes += size; break; }
  }
  pthread_mutex_unlock(&lock);
  inside = 0;
}
void *malloc(size_t s) { if (s >= BIG) record(s); return __libc_malloc(s); }
void *calloc(size_t a, size_t b) { if (a * b >= BIG) record(a * b); return __libc_calloc(a, b); }
void *realloc(void *p, size_t s) { if (s >= BIG) record(s); return __libc_realloc(p, s); }
int posix_memalign(void **out, size_t al, size_t s) { if (s >= BIG) record(s); void *p = __libc_memalign(al, s); if (!p) return ENOMEM; *out = p; return 0; }
void *aligned_alloc(size_t al, size_t s) { if (s >= BIG) record(s); return __libc_memalign(al, s); }
void *memalign(size_t al, size_t s) { if (s >= BIG) record(s); return __libc_memalign(al, s); }
__attribute__((destructor)) static void dump(void) {
  inside = 1;
  char path[64]; snprintf(path, sizeof path, "/tmp/big-allocations-%d.txt", getpid());
  FILE *o = fopen(path, "w"); if (!o) return;
  for (int i = 0; i < SLOTS; i++) if (sites[i].count) {
    fprintf(o, "SITE count=%lu bytes=%lu\n", sites[i].count, sites[i].bytes);
    char **sym = backtrace_symbols(sites[i].frames, sites[i].n);
    for (int j = 0; j < sites[i].n; j++) fprintf(o, "  %s\n", sym ? sym[j] : "?");
  }
  fclose(o);
}
