#ifndef CREDACT_JPEG_SHIM_H
#define CREDACT_JPEG_SHIM_H
#include <stddef.h>
#include <stdio.h>
#include <jpeglib.h>
#include <jerror.h>
#endif
