#ifndef DIGITISE_CTESSERACT_SHIM_H
#define DIGITISE_CTESSERACT_SHIM_H
#include <tesseract/capi.h>
/* malloc_trim: an engine's memory goes back to the system when it is released. */
#include <malloc.h>
#endif
