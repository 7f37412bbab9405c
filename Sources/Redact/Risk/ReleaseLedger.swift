import Foundation

/// A release's ledger: per document, which kinds were masked and the keyed hashes of the
/// masked values (``LedgerHasher``), never the values. JSON Lines:
///
/// ```
/// {"redact_ledger":1,"policy":"publish","key_check":"7Q2M4KXA"}
/// {"document":"case 12 txt","kinds":{"person":2,"date":1},"hashes":{"date":["…"],"person":["…","…"]}}
/// ```
/// The first line is the header (format version, policy, a hash of the ledger subkey); then
/// one line per document, kinds and hashes sorted, each hash once per document.
package struct ReleaseLedger: Sendable, Equatable {
  package struct Document: Sendable, Equatable {
    /// The document's name as shown in reports (masked like every displayed file name).
    package var name: String
    package var kinds: [EntityKind: Int]
    package var hashes: [EntityKind: Set<String>]

    package init(name: String, kinds: [EntityKind: Int] = [:], hashes: [EntityKind: Set<String>] = [:]) {
      self.name = name
      self.kinds = kinds
      self.hashes = hashes
    }
  }

  package static let version = 1
  package var policy: String
  package var keyCheck: String
  package var documents: [Document]

  package init(policy: String, keyCheck: String, documents: [Document] = []) {
    self.policy = policy
    self.keyCheck = keyCheck
    self.documents = documents
  }

  /// Every hash in the ledger, per kind.
  package var allHashes: [EntityKind: Set<String>] {
    var all: [EntityKind: Set<String>] = [:]
    for document in documents {
      for (kind, hashes) in document.hashes { all[kind, default: []].formUnion(hashes) }
    }
    return all
  }

  /// The header line, without a line break.
  package var headerLine: String {
    "{\"redact_ledger\":\(Self.version),\"policy\":\(JSONText.quote(policy)),\"key_check\":\(JSONText.quote(keyCheck))}"
  }

  /// One document's line, without a line break.
  package static func line(for document: Document) -> String {
    let kinds = document.kinds.sorted { $0.key < $1.key }.map { "\(JSONText.quote($0.key.name)):\($0.value)" }
    let hashes = document.hashes.sorted { $0.key < $1.key }.map { kind, set in
      "\(JSONText.quote(kind.name)):[" + set.sorted().map { JSONText.quote($0) }.joined(separator: ",") + "]"
    }
    return "{\"document\":\(JSONText.quote(document.name)),\"kinds\":{\(kinds.joined(separator: ","))},"
      + "\"hashes\":{\(hashes.joined(separator: ","))}}"
  }

  /// The whole ledger as JSON Lines.
  package var serialized: String {
    ([headerLine] + documents.map(Self.line(for:))).map { $0 + "\n" }.joined()
  }

  package struct FormatError: Error, Equatable, CustomStringConvertible {
    package let line: Int
    package let reason: String
    package var description: String { "ledger line \(line): \(reason)" }
  }

  /// Parses a ledger written by ``serialized``.
  /// - Throws: ``FormatError`` naming the line of anything else.
  package static func parse(_ text: String) throws -> ReleaseLedger {
    var ledger: ReleaseLedger?
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
      let number = index + 1
      guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
        throw FormatError(line: number, reason: "not a JSON object")
      }
      if number == 1 {
        guard object["redact_ledger"] as? Int == version, let policy = object["policy"] as? String,
          let keyCheck = object["key_check"] as? String
        else { throw FormatError(line: 1, reason: "not a redact ledger header (version \(version))") }
        ledger = ReleaseLedger(policy: policy, keyCheck: keyCheck)
        continue
      }
      guard let name = object["document"] as? String, let kinds = object["kinds"] as? [String: Int],
        let hashes = object["hashes"] as? [String: [String]]
      else { throw FormatError(line: number, reason: "expected document, kinds and hashes") }
      var document = Document(name: name)
      for (kind, count) in kinds { document.kinds[EntityKind(kind)] = count }
      for (kind, list) in hashes { document.hashes[EntityKind(kind)] = Set(list) }
      ledger?.documents.append(document)
    }
    guard let ledger else { throw FormatError(line: 1, reason: "empty ledger") }
    return ledger
  }
}
