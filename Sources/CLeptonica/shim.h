#ifndef DIGITISE_CLEPTONICA_SHIM_H
#define DIGITISE_CLEPTONICA_SHIM_H
#include <leptonica/allheaders.h>
#endif
