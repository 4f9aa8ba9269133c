#ifndef DIGITISE_CTESSERACT_SHIM_H
#define DIGITISE_CTESSERACT_SHIM_H
#include <tesseract/capi.h>
#endif
