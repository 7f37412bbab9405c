// Thin wrappers around OpenSSL 3 EVP APIs. OSSL_PARAM arrays point at stack memory and must
// not outlive the call, so they are built here, in C, where their lifetimes are plain to see.
#include "CRedactOpenSSLShims.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

struct redact_hmac {
  EVP_MAC_CTX *ctx;  // initialised with the key; duplicated per computation
};

static EVP_MAC_CTX *new_hmac_ctx(const uint8_t *key, size_t key_len) {
  EVP_MAC *mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
  if (mac == NULL) return NULL;
  EVP_MAC_CTX *ctx = EVP_MAC_CTX_new(mac);
  EVP_MAC_free(mac);
  if (ctx == NULL) return NULL;
  char digest[] = "SHA256";
  OSSL_PARAM params[] = {
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
      OSSL_PARAM_construct_end(),
  };
  static const uint8_t empty = 0;
  if (EVP_MAC_init(ctx, key_len ? key : &empty, key_len, params) != 1) {
    EVP_MAC_CTX_free(ctx);
    return NULL;
  }
  return ctx;
}

redact_hmac *redact_hmac_sha256_new(const uint8_t *key, size_t key_len) {
  redact_hmac *state = OPENSSL_zalloc(sizeof(redact_hmac));
  if (state == NULL) return NULL;
  state->ctx = new_hmac_ctx(key, key_len);
  if (state->ctx == NULL) {
    OPENSSL_free(state);
    return NULL;
  }
  return state;
}

int redact_hmac_sha256_compute(const redact_hmac *state, const uint8_t *data, size_t data_len,
                               uint8_t *out) {
  if (state == NULL) return 0;
  EVP_MAC_CTX *ctx = EVP_MAC_CTX_dup(state->ctx);
  if (ctx == NULL) return 0;
  size_t out_len = 0;
  int ok = EVP_MAC_update(ctx, data, data_len) == 1 && EVP_MAC_final(ctx, out, &out_len, 32) == 1 &&
           out_len == 32;
  EVP_MAC_CTX_free(ctx);
  return ok;
}

void redact_hmac_sha256_free(redact_hmac *state) {
  if (state == NULL) return;
  EVP_MAC_CTX_free(state->ctx);
  OPENSSL_free(state);
}

int redact_hmac_sha256(const uint8_t *key, size_t key_len, const uint8_t *data, size_t data_len,
                       uint8_t *out) {
  EVP_MAC_CTX *ctx = new_hmac_ctx(key, key_len);
  if (ctx == NULL) return 0;
  size_t out_len = 0;
  int ok = EVP_MAC_update(ctx, data, data_len) == 1 && EVP_MAC_final(ctx, out, &out_len, 32) == 1 &&
           out_len == 32;
  EVP_MAC_CTX_free(ctx);
  return ok;
}

int redact_hkdf_sha256(const uint8_t *ikm, size_t ikm_len, const uint8_t *salt, size_t salt_len,
                       const uint8_t *info, size_t info_len, uint8_t *out, size_t out_len) {
  EVP_KDF *kdf = EVP_KDF_fetch(NULL, "HKDF", NULL);
  if (kdf == NULL) return 0;
  EVP_KDF_CTX *ctx = EVP_KDF_CTX_new(kdf);
  EVP_KDF_free(kdf);
  if (ctx == NULL) return 0;
  char digest[] = "SHA256";
  OSSL_PARAM params[5];
  size_t n = 0;
  params[n++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
  params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, (void *)ikm, ikm_len);
  if (salt_len > 0)
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, (void *)salt, salt_len);
  if (info_len > 0)
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, (void *)info, info_len);
  params[n] = OSSL_PARAM_construct_end();
  int ok = EVP_KDF_derive(ctx, out, out_len, params) == 1;
  EVP_KDF_CTX_free(ctx);
  return ok;
}

static EVP_CIPHER *fetch_siv(size_t key_len) {
  if (key_len == 32) return EVP_CIPHER_fetch(NULL, "AES-128-SIV", NULL);
  if (key_len == 64) return EVP_CIPHER_fetch(NULL, "AES-256-SIV", NULL);
  return NULL;
}

// SIV: each EVP_CipherUpdate with a NULL output is one associated-data component (S2V vector);
// the plaintext must then be processed in a single update.
static int siv_run(int encrypt, const uint8_t *key, size_t key_len, const uint8_t *const *ad,
                   const size_t *ad_len, size_t ad_count, uint8_t *tag, const uint8_t *in,
                   size_t in_len, uint8_t *out) {
  EVP_CIPHER *cipher = fetch_siv(key_len);
  if (cipher == NULL) return 0;
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int ok = 0;
  int out_len = 0;
  static uint8_t empty = 0;
  if (ctx == NULL) goto done;
  if (EVP_CipherInit_ex2(ctx, cipher, key, NULL, encrypt, NULL) != 1) goto done;
  if (!encrypt && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_TAG, 16, (void *)tag) != 1) goto done;
  for (size_t i = 0; i < ad_count; i++) {
    if (EVP_CipherUpdate(ctx, NULL, &out_len, ad_len[i] ? ad[i] : &empty, (int)ad_len[i]) != 1)
      goto done;
  }
  if (EVP_CipherUpdate(ctx, in_len ? out : &empty, &out_len, in_len ? in : &empty, (int)in_len) != 1)
    goto done;
  if (EVP_CipherFinal_ex(ctx, out, &out_len) != 1) goto done;
  if (encrypt && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_GET_TAG, 16, tag) != 1) goto done;
  ok = 1;
done:
  EVP_CIPHER_CTX_free(ctx);
  EVP_CIPHER_free(cipher);
  return ok;
}

int redact_aes_siv_seal(const uint8_t *key, size_t key_len, const uint8_t *const *ad,
                        const size_t *ad_len, size_t ad_count, const uint8_t *pt, size_t pt_len,
                        uint8_t *tag, uint8_t *ct) {
  if (pt_len > 0x7fffffff) return 0;
  return siv_run(1, key, key_len, ad, ad_len, ad_count, tag, pt, pt_len, ct);
}

int redact_aes_siv_open(const uint8_t *key, size_t key_len, const uint8_t *const *ad,
                        const size_t *ad_len, size_t ad_count, const uint8_t *tag,
                        const uint8_t *ct, size_t ct_len, uint8_t *pt) {
  if (ct_len > 0x7fffffff) return 0;
  uint8_t tag_copy[16];
  for (int i = 0; i < 16; i++) tag_copy[i] = tag[i];
  int ok = siv_run(0, key, key_len, ad, ad_len, ad_count, tag_copy, ct, ct_len, pt);
  if (!ok && ct_len > 0) OPENSSL_cleanse(pt, ct_len);
  return ok;
}

static int gcm_run(int encrypt, const uint8_t *key, const uint8_t *iv, size_t iv_len,
                   const uint8_t *aad, size_t aad_len, const uint8_t *in, size_t in_len,
                   uint8_t *out, uint8_t *tag) {
  if (in_len > 0x7fffffff || aad_len > 0x7fffffff || iv_len == 0) return 0;
  EVP_CIPHER *cipher = EVP_CIPHER_fetch(NULL, "AES-256-GCM", NULL);
  if (cipher == NULL) return 0;
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int ok = 0;
  int out_len = 0;
  size_t iv_len_param = iv_len;
  OSSL_PARAM params[] = {
      OSSL_PARAM_construct_size_t(OSSL_CIPHER_PARAM_AEAD_IVLEN, &iv_len_param),
      OSSL_PARAM_construct_end(),
  };
  if (ctx == NULL) goto done;
  if (EVP_CipherInit_ex2(ctx, cipher, NULL, NULL, encrypt, params) != 1) goto done;
  if (EVP_CipherInit_ex2(ctx, NULL, key, iv, encrypt, NULL) != 1) goto done;
  if (aad_len > 0 && EVP_CipherUpdate(ctx, NULL, &out_len, aad, (int)aad_len) != 1) goto done;
  if (in_len > 0 && EVP_CipherUpdate(ctx, out, &out_len, in, (int)in_len) != 1) goto done;
  if (!encrypt && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_TAG, 16, tag) != 1) goto done;
  if (EVP_CipherFinal_ex(ctx, out + (in_len ? out_len : 0), &out_len) != 1) goto done;
  if (encrypt && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_GET_TAG, 16, tag) != 1) goto done;
  ok = 1;
done:
  EVP_CIPHER_CTX_free(ctx);
  EVP_CIPHER_free(cipher);
  return ok;
}

int redact_aes256_gcm_seal(const uint8_t *key, const uint8_t *iv, size_t iv_len,
                           const uint8_t *aad, size_t aad_len, const uint8_t *pt, size_t pt_len,
                           uint8_t *ct, uint8_t *tag) {
  return gcm_run(1, key, iv, iv_len, aad, aad_len, pt, pt_len, ct, tag);
}

int redact_aes256_gcm_open(const uint8_t *key, const uint8_t *iv, size_t iv_len,
                           const uint8_t *aad, size_t aad_len, const uint8_t *ct, size_t ct_len,
                           const uint8_t *tag, uint8_t *pt) {
  uint8_t tag_copy[16];
  for (int i = 0; i < 16; i++) tag_copy[i] = tag[i];
  int ok = gcm_run(0, key, iv, iv_len, aad, aad_len, ct, ct_len, pt, tag_copy);
  if (!ok && ct_len > 0) OPENSSL_cleanse(pt, ct_len);
  return ok;
}

int redact_random_bytes(uint8_t *out, size_t len) {
  if (len > 0x7fffffff) return 0;
  return RAND_bytes(out, (int)len) == 1;
}

void redact_cleanse(void *ptr, size_t len) {
  if (ptr != NULL && len > 0) OPENSSL_cleanse(ptr, len);
}
