/// Purpose-bound subkeys derived from one master key with HKDF-SHA-256.
///
/// Each purpose (pseudonyms, deterministic encryption, randomised encryption) and each
/// `domain` gets an independent key, so tokens from two releases with different domains
/// cannot be linked, and a pseudonym key reveals nothing about the encryption keys.
package struct KeyRing: Sendable {
  /// The version of the derivation scheme; bumping it changes every token.
  package static let version = "redact/v1"

  package let pseudonymKey: SecretBytes
  package let deterministicKey: SecretBytes
  package let randomizedKey: SecretBytes

  /// Derives the subkeys for `domain` from `master`.
  package init(master: SecretBytes, domain: String) throws {
    let salt = Array(Self.version.utf8)
    func info(_ purpose: String) -> [UInt8] { Array(purpose.utf8) + [0] + Array(domain.utf8) }
    pseudonymKey = try HKDF.deriveKey(inputKey: master, salt: salt, info: info("pseudonym hmac-sha256"), length: 32)
    deterministicKey = try HKDF.deriveKey(inputKey: master, salt: salt, info: info("encrypt aes-256-siv"), length: 64)
    randomizedKey = try HKDF.deriveKey(inputKey: master, salt: salt, info: info("encrypt aes-256-gcm"), length: 32)
  }
}
