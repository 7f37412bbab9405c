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

/// A small deterministic generator (SplitMix64) so randomised tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
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
