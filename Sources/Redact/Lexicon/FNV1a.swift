/// 64-bit FNV-1a, the hash behind lexicon keys and hashed tagger features.
enum FNV1a {
  static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01B3

  @inline(__always)
  static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* prime }

  @inline(__always)
  static func add<C: Collection<UInt8>>(_ hash: UInt64, _ bytes: C) -> UInt64 {
    var hash = hash
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
    return hash
  }
}
