/// Keyed hashes of masked values for the release ledger (`redact check --ledger FILE`):
/// the same value (after the pseudonym's normalisation: phone numbers to E.164, names folded)
/// gives the same hash in every release made with the same key file, whatever its domain, so a
/// later release can be checked for values it shares with an earlier one.
///
/// Hash = the pseudonym construction (HMAC-SHA-256 of kind ‖ 0x00 ‖ normalised value) under a
/// subkey derived with HKDF-SHA-256 from the master key (salt `redact/v1`, info
/// `ledger hmac-sha256`), 26 base-32 characters (130 bits). A ledger reveals no value to whom
/// lacks the key; with the key, anyone can test guesses ("is Sindhu's phone in it?"), as with
/// pseudonyms: keep ledgers with the key, not with the release.
package struct LedgerHasher: Sendable {
  private let pseudonymizer: Pseudonymizer
  /// A short hash of the subkey, written in the ledger's header so a check against a ledger
  /// made with another key fails loudly instead of finding nothing.
  package let keyCheck: String

  package init(master: SecretBytes, regions: [String] = []) throws {
    let subkey = try HKDF.deriveKey(
      inputKey: master, salt: Array(KeyRing.version.utf8), info: Array("ledger hmac-sha256".utf8), length: 32)
    pseudonymizer = try Pseudonymizer(
      key: subkey, normalizers: [.phone: PhoneValueNormalizer(regions: NumberingPlans.hintedFirst(regions)), .person: PersonNameNormalizer()])
    let check = try pseudonymizer.pseudonym(for: "key check", kind: EntityKind("ledger"), length: 8)
    keyCheck = String(check.split(separator: "_").last ?? "")
  }

  /// The hash of `value` as `kind`.
  package func hash(_ value: String, kind: EntityKind) throws -> String {
    let token = try pseudonymizer.pseudonym(for: value, kind: kind, length: 26)
    return String(token.dropFirst(kind.labelText.count + 1))
  }
}
