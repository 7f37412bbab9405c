// libpng behind status codes. libpng reports errors through a callback that must not return; we
// longjmp back here. All state that changes between setjmp and longjmp lives in a heap context.
#include "CRedactImageShims.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <png.h>

typedef struct {
  png_structp png;
  png_infop info;
  jmp_buf jump;
  char message[REDACT_IMAGE_MESSAGE_SIZE];
  const uint8_t *data;  // reading
  size_t length;
  size_t position;
  uint8_t *buffer;  // writing
  size_t used;
  size_t capacity;
  png_bytep *rows;
} redact_png_context;

static void on_error(png_structp png, png_const_charp message) {
  redact_png_context *context = png_get_error_ptr(png);
  snprintf(context->message, sizeof context->message, "%s", message);
  longjmp(context->jump, 1);
}

/// libpng words its colour-management complaints as warnings (an sRGB profile some tools wrote
/// wrongly, an odd gamma); those leave the pixels intact. Any other warning (a CRC error, extra or
/// missing image data, a broken text chunk) means the file is damaged: stop.
static void on_warning(png_structp png, png_const_charp message) {
  static const char *const harmless[] = {"iCCP:", "sRGB:", "gAMA:", "cHRM:"};
  for (size_t i = 0; i < sizeof harmless / sizeof harmless[0]; i++) {
    if (strncmp(message, harmless[i], strlen(harmless[i])) == 0) return;
  }
  on_error(png, message);
}

static void read_bytes(png_structp png, png_bytep out, size_t count) {
  redact_png_context *context = png_get_io_ptr(png);
  if (count > context->length - context->position) png_error(png, "truncated PNG data");
  memcpy(out, context->data + context->position, count);
  context->position += count;
}

static void write_bytes(png_structp png, png_bytep bytes, size_t count) {
  redact_png_context *context = png_get_io_ptr(png);
  if (count > context->capacity - context->used) {
    size_t capacity = context->capacity ? context->capacity : 65536;
    while (count > capacity - context->used) capacity *= 2;
    uint8_t *grown = realloc(context->buffer, capacity);
    if (grown == NULL) png_error(png, "out of memory");
    context->buffer = grown;
    context->capacity = capacity;
  }
  memcpy(context->buffer + context->used, bytes, count);
  context->used += count;
}

static void flush_bytes(png_structp png) { (void)png; }

static void free_context(redact_png_context *context, int reading) {
  if (context->png != NULL) {
    if (reading) {
      png_destroy_read_struct(&context->png, &context->info, NULL);
    } else {
      png_destroy_write_struct(&context->png, &context->info);
    }
  }
  free(context->rows);
  free(context->buffer);
  free(context);
}

static redact_png_context *new_reader(const uint8_t *data, size_t length) {
  redact_png_context *context = calloc(1, sizeof *context);
  if (context == NULL) return NULL;
  context->data = data;
  context->length = length;
  context->png = png_create_read_struct(PNG_LIBPNG_VER_STRING, context, on_error, on_warning);
  if (context->png != NULL) context->info = png_create_info_struct(context->png);
  if (context->png == NULL || context->info == NULL) {
    free_context(context, 1);
    return NULL;
  }
  return context;
}

/// Reads through IHDR (and every chunk before IDAT) and sets the transforms to 8-bit gray, RGB or
/// RGBA. Call after setjmp on context->jump.
static void read_info(redact_png_context *context, redact_image_info *info) {
  png_structp png = context->png;
  png_infop pinfo = context->info;
  png_set_read_fn(png, context, read_bytes);
  // Ancillary chunks with a bad CRC are errors, not silently dropped.
  png_set_crc_action(png, PNG_CRC_ERROR_QUIT, PNG_CRC_ERROR_QUIT);
  png_read_info(png, pinfo);
  int color_type = png_get_color_type(png, pinfo);
  int bit_depth = png_get_bit_depth(png, pinfo);
  int has_trns = png_get_valid(png, pinfo, PNG_INFO_tRNS) != 0;
  if (bit_depth == 16) png_set_scale_16(png);
  if (color_type == PNG_COLOR_TYPE_PALETTE) png_set_palette_to_rgb(png);
  if (color_type == PNG_COLOR_TYPE_GRAY && bit_depth < 8) png_set_expand_gray_1_2_4_to_8(png);
  if (has_trns) png_set_tRNS_to_alpha(png);
  // Gray with alpha becomes RGBA: pixels are always 1, 3 or 4 channels.
  if (color_type == PNG_COLOR_TYPE_GRAY_ALPHA || (color_type == PNG_COLOR_TYPE_GRAY && has_trns)) {
    png_set_gray_to_rgb(png);
  }
  png_set_interlace_handling(png);
  png_read_update_info(png, pinfo);
  info->width = png_get_image_width(png, pinfo);
  info->height = png_get_image_height(png, pinfo);
  info->channels = png_get_channels(png, pinfo);
}

int redact_png_header(const uint8_t *data, size_t length, redact_image_info *info) {
  return redact_png_decode(data, length, NULL, 0, NULL, NULL, info);
}

/// With pixels == NULL, stops after the header.
int redact_png_decode(const uint8_t *data, size_t length, uint8_t *pixels, size_t pixels_length,
                      uint8_t **icc, size_t *icc_length, redact_image_info *info) {
  memset(info, 0, sizeof *info);
  if (icc != NULL) *icc = NULL;
  if (icc_length != NULL) *icc_length = 0;
  redact_png_context *context = new_reader(data, length);
  if (context == NULL) return REDACT_IMAGE_NO_MEMORY;
  if (setjmp(context->jump)) {
    snprintf(info->message, sizeof info->message, "%s", context->message);
    free_context(context, 1);
    return REDACT_IMAGE_CORRUPT;
  }
  read_info(context, info);
  if (pixels == NULL) {
    free_context(context, 1);
    return REDACT_IMAGE_OK;
  }
  size_t stride = (size_t)info->width * (size_t)info->channels;
  if (info->channels < 1 || info->channels > 4 || info->channels == 2 ||
      pixels_length != stride * info->height || icc == NULL || icc_length == NULL) {
    snprintf(info->message, sizeof info->message, "pixel buffer does not match the header");
    free_context(context, 1);
    return REDACT_IMAGE_BAD_ARGUMENT;
  }
  context->rows = malloc(sizeof(png_bytep) * info->height);
  if (context->rows == NULL) {
    free_context(context, 1);
    return REDACT_IMAGE_NO_MEMORY;
  }
  for (uint32_t y = 0; y < info->height; y++) context->rows[y] = pixels + stride * y;
  png_read_image(context->png, context->rows);
  png_read_end(context->png, NULL);  // every chunk after the image data, through IEND
  png_charp name = NULL;
  int compression = 0;
  png_bytep profile = NULL;
  png_uint_32 profile_length = 0;
  if (png_get_iCCP(context->png, context->info, &name, &compression, &profile, &profile_length) &&
      profile_length > 0) {
    *icc = malloc(profile_length);
    if (*icc == NULL) {
      free_context(context, 1);
      return REDACT_IMAGE_NO_MEMORY;
    }
    memcpy(*icc, profile, profile_length);
    *icc_length = profile_length;
  }
  free_context(context, 1);
  return REDACT_IMAGE_OK;
}

int redact_png_encode(const uint8_t *pixels, uint32_t width, uint32_t height, int32_t channels,
                      const uint8_t *icc, size_t icc_length, const uint8_t *exif, size_t exif_length,
                      uint8_t **out, size_t *out_length, redact_image_info *info) {
  memset(info, 0, sizeof *info);
  *out = NULL;
  *out_length = 0;
  int color_type;
  switch (channels) {
    case 1: color_type = PNG_COLOR_TYPE_GRAY; break;
    case 3: color_type = PNG_COLOR_TYPE_RGB; break;
    case 4: color_type = PNG_COLOR_TYPE_RGB_ALPHA; break;
    default:
      snprintf(info->message, sizeof info->message, "PNG needs 1, 3 or 4 channels");
      return REDACT_IMAGE_BAD_ARGUMENT;
  }
  if (width == 0 || height == 0 || icc_length > 0xFFFFFFFFu || exif_length > 0xFFFFFFFFu) {
    snprintf(info->message, sizeof info->message, "empty image or oversized metadata");
    return REDACT_IMAGE_BAD_ARGUMENT;
  }
  redact_png_context *context = calloc(1, sizeof *context);
  if (context == NULL) return REDACT_IMAGE_NO_MEMORY;
  context->png = png_create_write_struct(PNG_LIBPNG_VER_STRING, context, on_error, on_warning);
  if (context->png != NULL) context->info = png_create_info_struct(context->png);
  if (context->png == NULL || context->info == NULL) {
    free_context(context, 0);
    return REDACT_IMAGE_NO_MEMORY;
  }
  if (setjmp(context->jump)) {
    snprintf(info->message, sizeof info->message, "%s", context->message);
    free_context(context, 0);
    return REDACT_IMAGE_CORRUPT;
  }
  png_structp png = context->png;
  png_set_write_fn(png, context, write_bytes, flush_bytes);
  png_set_IHDR(png, context->info, width, height, 8, color_type, PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  if (icc_length > 0) {
    png_set_iCCP(png, context->info, "ICC Profile", PNG_COMPRESSION_TYPE_BASE, icc,
                 (png_uint_32)icc_length);
  }
  if (exif_length > 0) png_set_eXIf_1(png, context->info, (png_uint_32)exif_length, (png_bytep)exif);
  context->rows = malloc(sizeof(png_bytep) * height);
  if (context->rows == NULL) png_error(png, "out of memory");
  size_t stride = (size_t)width * (size_t)channels;
  for (uint32_t y = 0; y < height; y++) context->rows[y] = (png_bytep)(pixels + stride * y);
  png_write_info(png, context->info);
  png_write_image(png, context->rows);
  png_write_end(png, NULL);
  *out = context->buffer;
  *out_length = context->used;
  context->buffer = NULL;
  free_context(context, 0);
  return REDACT_IMAGE_OK;
}
