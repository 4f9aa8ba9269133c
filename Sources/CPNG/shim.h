#ifndef DIGITISE_CPNG_SHIM_H
#define DIGITISE_CPNG_SHIM_H
#include <png.h>

/* Composite format macros do not import into Swift; the simplified API (png_image) is used throughout, never the
   setjmp/longjmp one. */
static const png_uint_32 DIGITISE_PNG_FORMAT_GRAY = PNG_FORMAT_GRAY;
static const png_uint_32 DIGITISE_PNG_IMAGE_VERSION = PNG_IMAGE_VERSION;

#endif
