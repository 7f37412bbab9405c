#ifndef CREDACT_PNG_SHIM_H
#define CREDACT_PNG_SHIM_H
#include <png.h>
#endif
