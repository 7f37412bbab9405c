#ifndef CREDACT_OPENSSL_SHIMS_H
#define CREDACT_OPENSSL_SHIMS_H

#include <stddef.h>
#include <stdint.h>

/// Opaque keyed HMAC-SHA-256 state. Built once per key; safe to use from several threads.
typedef struct redact_hmac redact_hmac;

/// Returns NULL on failure. The key bytes are copied into OpenSSL's own storage.
redact_hmac *redact_hmac_sha256_new(const uint8_t *key, size_t key_len);
/// Writes 32 bytes to `out`. Returns 1 on success, 0 on failure.
int redact_hmac_sha256_compute(const redact_hmac *state, const uint8_t *data, size_t data_len,
                               uint8_t *out);
void redact_hmac_sha256_free(redact_hmac *state);

/// One-shot HMAC-SHA-256. Returns 1 on success.
int redact_hmac_sha256(const uint8_t *key, size_t key_len, const uint8_t *data, size_t data_len,
                       uint8_t *out);

/// HKDF-SHA-256 (RFC 5869) extract-and-expand. Returns 1 on success.
int redact_hkdf_sha256(const uint8_t *ikm, size_t ikm_len, const uint8_t *salt, size_t salt_len,
                       const uint8_t *info, size_t info_len, uint8_t *out, size_t out_len);

/// AES-SIV (RFC 5297) with a 32-byte (AES-128-SIV) or 64-byte (AES-256-SIV) key.
/// `ad` holds `ad_count` associated-data components. Writes the 16-byte synthetic IV to `tag`
/// and `pt_len` bytes to `ct`. Returns 1 on success.
int redact_aes_siv_seal(const uint8_t *key, size_t key_len, const uint8_t *const *ad,
                        const size_t *ad_len, size_t ad_count, const uint8_t *pt, size_t pt_len,
                        uint8_t *tag, uint8_t *ct);
/// Returns 1 when the tag verifies and `pt` holds the plaintext, 0 otherwise.
int redact_aes_siv_open(const uint8_t *key, size_t key_len, const uint8_t *const *ad,
                        const size_t *ad_len, size_t ad_count, const uint8_t *tag,
                        const uint8_t *ct, size_t ct_len, uint8_t *pt);

/// AES-256-GCM with a 32-byte key, a 16-byte tag. Returns 1 on success.
int redact_aes256_gcm_seal(const uint8_t *key, const uint8_t *iv, size_t iv_len,
                           const uint8_t *aad, size_t aad_len, const uint8_t *pt, size_t pt_len,
                           uint8_t *ct, uint8_t *tag);
/// Returns 1 when the tag verifies and `pt` holds the plaintext, 0 otherwise.
int redact_aes256_gcm_open(const uint8_t *key, const uint8_t *iv, size_t iv_len,
                           const uint8_t *aad, size_t aad_len, const uint8_t *ct, size_t ct_len,
                           const uint8_t *tag, uint8_t *pt);

/// Cryptographically secure random bytes from OpenSSL's DRBG. Returns 1 on success.
int redact_random_bytes(uint8_t *out, size_t len);
/// Overwrites memory in a way the compiler cannot elide (OPENSSL_cleanse).
void redact_cleanse(void *ptr, size_t len);

#endif
