import Redact

/// Hex helpers for known-answer vectors.
func hex(_ text: String) -> [UInt8] {
  let digits = Array(text.filter { !$0.isWhitespace }.utf8)
  precondition(digits.count % 2 == 0)
  return stride(from: 0, to: digits.count, by: 2).map { i in
    UInt8(String(decoding: digits[i..<(i + 2)], as: UTF8.self), radix: 16)!
  }
}

func hexString(_ bytes: [UInt8]) -> String {
  bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
}

/// Engine with the default policy plus overrides.
func engine(_ policy: Policy = Policy(name: "test"), key: SecretBytes? = nil) throws -> RedactionEngine {
  try RedactionEngine(policy: policy, key: key)
}

/// Kinds found in `text` with their matched substrings.
func found(_ text: String, policy: Policy = Policy(name: "test")) throws -> [(EntityKind, String)] {
  let engine = try engine(policy)
  let bytes = Array(text.utf8)
  return engine.analyzer.analyze(text).map { ($0.kind, String(decoding: bytes[$0.range], as: UTF8.self)) }
}

let testKey = SecretBytes(copying: [UInt8](repeating: 7, count: 32))
let otherKey = SecretBytes(copying: [UInt8](repeating: 8, count: 32))

/// At least `bytes` bytes of `words` in random order: mostly space-separated, sometimes joined
/// directly (as in unspaced scripts) or by a line break; with `unspaced`, always joined directly.
func randomText(from words: [String], _ rng: inout SplitMix64, bytes: Int, unspaced: Bool = false) -> [UInt8] {
  var text: [UInt8] = []
  while text.count < bytes {
    text += Array(words.randomElement(using: &rng)!.utf8)
    if unspaced { continue }
    switch Int.random(in: 0..<10, using: &rng) {
    case 0: break
    case 1: text.append(0x0A)
    default: text.append(0x20)
    }
  }
  return text
}

/// `record` (one line, or a whole document) redacted by `processor`, as text.
func redacted(_ record: String, by processor: RecordProcessor) throws -> String {
  var output: [UInt8] = []
  var stats = RedactionStats()
  var record = record
  try record.withUTF8 { try processor.redact($0, into: &output, stats: &stats) }
  return String(decoding: output, as: UTF8.self)
}
