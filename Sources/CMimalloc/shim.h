#ifndef DIGITISE_CMIMALLOC_SHIM_H
#define DIGITISE_CMIMALLOC_SHIM_H
/* Linking libmimalloc replaces malloc and free for the whole process (MemoryAllocator). */
#include <mimalloc.h>
#endif
