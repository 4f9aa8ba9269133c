#ifndef DIGITISE_CTURBOJPEG_SHIM_H
#define DIGITISE_CTURBOJPEG_SHIM_H
#include <stddef.h>
#include <turbojpeg.h>
#endif
