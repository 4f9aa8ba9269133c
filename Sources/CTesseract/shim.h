#ifndef DIGITISE_CTESSERACT_SHIM_H
#define DIGITISE_CTESSERACT_SHIM_H
#include <tesseract/capi.h>
/* malloc_trim: what a page's recognition freed goes back to the system (TesseractEngine.recognise). */
#include <malloc.h>
#endif
