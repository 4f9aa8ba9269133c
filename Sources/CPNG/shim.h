#ifndef DIGITISE_CPNG_SHIM_H
#define DIGITISE_CPNG_SHIM_H
#include <png.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Composite format macros do not import into Swift; the simplified API (png_image) is used for reading, and the one
   writer below keeps libpng's setjmp/longjmp inside C. */
static const png_uint_32 DIGITISE_PNG_FORMAT_GRAY = PNG_FORMAT_GRAY;
static const png_uint_32 DIGITISE_PNG_IMAGE_VERSION = PNG_IMAGE_VERSION;

/* Writes an 8-bit grey image as PNG into memory with libpng's full API, which the simplified one cannot do: the
   "up" row filter at zlib level 1 (Leptonica's writer tries all five filters on every row, which cost as much as
   the compression; "up" gives the same size on scanned pages in about half the time) and a pHYs chunk with the
   resolution. libpng reports errors by longjmp, which must not cross Swift frames: it is caught here, in C.
   Returns 1 and a malloc'ed buffer (free it) on success, 0 on failure. */
struct digitise_png_buffer { unsigned char *data; size_t size, capacity; int failed; };

static inline void digitise_png_append(png_structp png, png_bytep bytes, png_size_t length) {
    struct digitise_png_buffer *buffer = (struct digitise_png_buffer *)png_get_io_ptr(png);
    if (buffer->size + length > buffer->capacity) {
        size_t capacity = (buffer->size + length) * 2;
        unsigned char *grown = (unsigned char *)realloc(buffer->data, capacity);
        if (grown == NULL) { buffer->failed = 1; png_error(png, "out of memory"); }
        buffer->data = grown;
        buffer->capacity = capacity;
    }
    memcpy(buffer->data + buffer->size, bytes, length);
    buffer->size += length;
}

static inline void digitise_png_flush(png_structp png) { (void)png; }

static inline int digitise_png_write_grey(const uint8_t *pixels, uint32_t width, uint32_t height, uint32_t dpi,
                                          unsigned char **out, size_t *outSize) {
    struct digitise_png_buffer buffer = { NULL, 0, 0, 0 };
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    if (png == NULL) return 0;
    png_infop info = png_create_info_struct(png);
    if (info == NULL || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, info ? &info : NULL);
        free(buffer.data);
        return 0;
    }
    buffer.capacity = (size_t)width * height / 2 + 4096;
    buffer.data = (unsigned char *)malloc(buffer.capacity);
    if (buffer.data == NULL) png_error(png, "out of memory");
    png_set_write_fn(png, &buffer, digitise_png_append, digitise_png_flush);
    png_set_IHDR(png, info, width, height, 8, PNG_COLOR_TYPE_GRAY, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    png_uint_32 perMetre = (png_uint_32)(dpi / 0.0254 + 0.5);
    png_set_pHYs(png, info, perMetre, perMetre, PNG_RESOLUTION_METER);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
    png_set_compression_level(png, 1);
    png_write_info(png, info);
    for (uint32_t row = 0; row < height; row++) png_write_row(png, (png_const_bytep)(pixels + (size_t)row * width));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    *out = buffer.data;
    *outSize = buffer.size;
    return 1;
}

#endif
