#ifndef DIGITISE_CTIFF_SHIM_H
#define DIGITISE_CTIFF_SHIM_H
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <tiffio.h>

/* The first error libtiff reports on a handle, formatted. Swift cannot receive a C va_list callback and format it,
   so the handler lives here; the Swift adapter owns the buffer and clears it before each operation. */
typedef struct {
    char message[512];
    int count;
} digitise_tiff_messages;

static inline int digitise_tiff_on_error(TIFF *tif, void *user, const char *module, const char *fmt, va_list ap) {
    (void)tif;
    digitise_tiff_messages *m = (digitise_tiff_messages *)user;
    if (m == NULL) return 1;
    if (m->count == 0) {
        int n = 0;
        if (module != NULL) {
            n = snprintf(m->message, sizeof m->message, "%s: ", module);
            if (n < 0 || (size_t)n >= sizeof m->message) n = 0;
        }
        vsnprintf(m->message + n, sizeof m->message - (size_t)n, fmt, ap);
    }
    m->count++;
    return 1; /* handled: keep libtiff from printing to stderr */
}

static inline int digitise_tiff_on_warning(TIFF *tif, void *user, const char *module, const char *fmt, va_list ap) {
    (void)tif; (void)user; (void)module; (void)fmt; (void)ap;
    return 1; /* unknown tags and the like: not worth a line per page */
}

/* Opens an open descriptor read-only with per-handle handlers and a cap on any single allocation (hostile headers).
   libtiff owns the descriptor from here: TIFFClose closes it (and so does a failed open). */
static inline TIFF *digitise_tiff_fdopen(int fd, const char *name, digitise_tiff_messages *messages, tmsize_t max_alloc) {
    TIFFOpenOptions *opts = TIFFOpenOptionsAlloc();
    if (opts == NULL) return NULL;
    TIFFOpenOptionsSetErrorHandlerExtR(opts, digitise_tiff_on_error, messages);
    TIFFOpenOptionsSetWarningHandlerExtR(opts, digitise_tiff_on_warning, NULL);
    TIFFOpenOptionsSetMaxSingleMemAlloc(opts, max_alloc);
    TIFF *tif = TIFFFdOpenExt(fd, name, "r", opts);
    TIFFOpenOptionsFree(opts);
    return tif;
}

/* TIFFGetField is variadic: one typed wrapper per value type. Each returns 1 when the tag is present. */
static inline int digitise_tiff_get_u32(TIFF *tif, uint32_t tag, uint32_t *value) {
    return TIFFGetField(tif, tag, value);
}
static inline int digitise_tiff_get_u16(TIFF *tif, uint32_t tag, uint16_t *value) {
    return TIFFGetField(tif, tag, value);
}
static inline int digitise_tiff_get_u16_defaulted(TIFF *tif, uint32_t tag, uint16_t *value) {
    return TIFFGetFieldDefaulted(tif, tag, value);
}
static inline int digitise_tiff_get_float(TIFF *tif, uint32_t tag, float *value) {
    return TIFFGetField(tif, tag, value);
}

/* Writing a grey page (synthetic inboxes for tests and benchmarks): TIFFSetField is variadic too. */
static inline int digitise_tiff_write_grey(const char *path, const uint8_t *pixels, uint32_t width, uint32_t height, float dpi) {
    TIFF *tif = TIFFOpen(path, "w");
    if (tif == NULL) return 0;
    int ok = TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, width) && TIFFSetField(tif, TIFFTAG_IMAGELENGTH, height)
        && TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, 8) && TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, 1)
        && TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISBLACK) && TIFFSetField(tif, TIFFTAG_COMPRESSION, COMPRESSION_ADOBE_DEFLATE)
        && TIFFSetField(tif, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG) && TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, 64)
        && TIFFSetField(tif, TIFFTAG_XRESOLUTION, dpi) && TIFFSetField(tif, TIFFTAG_YRESOLUTION, dpi)
        && TIFFSetField(tif, TIFFTAG_RESOLUTIONUNIT, RESUNIT_INCH);
    for (uint32_t row = 0; ok && row < height; row++) {
        ok = TIFFWriteScanline(tif, (void *)(pixels + (size_t)row * width), row, 0) == 1;
    }
    TIFFClose(tif);
    return ok;
}

#endif
