#ifndef DIGITISE_CLEPTONICA_SHIM_H
#define DIGITISE_CLEPTONICA_SHIM_H
#include <leptonica/allheaders.h>
/* mallopt: buffers of 128 KiB or more get mappings of their own, outside malloc's arenas (ImageMemory). */
#include <malloc.h>
#endif
