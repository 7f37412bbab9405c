#ifndef CREDACT_IMAGE_SHIMS_H
#define CREDACT_IMAGE_SHIMS_H

// libjpeg and libpng report errors by longjmp out of a callback, which Swift cannot express; every
// call into either library therefore happens here, in C, and comes back as a status code plus a
// message that names the fault (never pixel data).

#include <stddef.h>
#include <stdint.h>

enum {
  REDACT_IMAGE_OK = 0,
  /// The library reported an error or a warning about corrupt or truncated data.
  REDACT_IMAGE_CORRUPT = 1,
  /// A valid image this code does not handle (CMYK JPEG, more than 4 channels, ...).
  REDACT_IMAGE_UNSUPPORTED = 2,
  REDACT_IMAGE_NO_MEMORY = 3,
  /// The caller's buffer does not match the header's dimensions.
  REDACT_IMAGE_BAD_ARGUMENT = 4,
};

enum { REDACT_IMAGE_MESSAGE_SIZE = 200 };

/// What a header says, and why a call failed.
typedef struct {
  uint32_t width;
  uint32_t height;
  /// Channels of the decoded pixels: 1 (gray), 3 (RGB) or 4 (RGBA, PNG only). Always 8 bits each.
  int32_t channels;
  char message[REDACT_IMAGE_MESSAGE_SIZE];
} redact_image_info;

/// Reads only the JPEG header (SOF): dimensions and decoded channel count.
int redact_jpeg_header(const uint8_t *data, size_t length, redact_image_info *info);

/// Decodes into `pixels` (width*height*channels bytes, rows packed top to bottom; NULL stops after
/// the header). On success `*icc` is NULL or a buffer of `*icc_length` bytes the caller frees with redact_image_free.
int redact_jpeg_decode(const uint8_t *data, size_t length, uint8_t *pixels, size_t pixels_length,
                       uint8_t **icc, size_t *icc_length, redact_image_info *info);

/// Encodes 1- or 3-channel pixels as baseline JPEG with 4:4:4 sampling at `quality`, writing an
/// APP1 segment with `app1` (e.g. "Exif\0\0" + TIFF) when app1_length > 0 and the ICC profile when
/// icc_length > 0. On success `*out` holds `*out_length` bytes freed with redact_image_free.
int redact_jpeg_encode(const uint8_t *pixels, uint32_t width, uint32_t height, int32_t channels,
                       int32_t quality, const uint8_t *icc, size_t icc_length, const uint8_t *app1,
                       size_t app1_length, uint8_t **out, size_t *out_length,
                       redact_image_info *info);

/// Reads the PNG signature and IHDR: dimensions and decoded channel count (after expanding
/// palettes, low bit depths and transparency, and scaling 16-bit samples to 8).
int redact_png_header(const uint8_t *data, size_t length, redact_image_info *info);

/// Decodes into `pixels`, then reads every chunk through IEND (so a truncated file or a bad CRC
/// after the image data is an error too). `*icc` as for JPEG.
int redact_png_decode(const uint8_t *data, size_t length, uint8_t *pixels, size_t pixels_length,
                      uint8_t **icc, size_t *icc_length, redact_image_info *info);

/// Encodes 1-, 3- or 4-channel 8-bit pixels as PNG with an optional iCCP and eXIf chunk (`exif` is
/// a TIFF structure without the "Exif\0\0" prefix).
int redact_png_encode(const uint8_t *pixels, uint32_t width, uint32_t height, int32_t channels,
                      const uint8_t *icc, size_t icc_length, const uint8_t *exif, size_t exif_length,
                      uint8_t **out, size_t *out_length, redact_image_info *info);

void redact_image_free(void *pointer);

#endif
