import Foundation

/// Name, place and common-word lists, keyed by the hash of each entry's folded tokens, so a
/// lookup needs no string allocation. The bundled form is `lexicon.bin` (sorted keys and
/// flags, read with one copy at start-up), built by `redact-train lexicon` from the lists that
/// `Sources/DataTools/make_lexicons.py` writes (see NOTICE for sources and licences).
public final class Lexicon: Sendable {
  /// Longest entry, in tokens, that multi-token matching tries.
  public static let maximumTokens = 8

  /// Sorted entry keys and their flags (parallel arrays).
  private let keys: [UInt64]
  private let values: [UInt16]
  /// The same entries in an open-addressing table built at load (8 MB for the bundled lexicon,
  /// on huge pages where the system allows): a lookup is usually one probe, one cache miss,
  /// where a search of the sorted keys took three or four. Lookups run several times per
  /// token, so this is on the hot path. Each slot packs the key's top 48 bits and the flags.
  private let table: LargeTable<UInt64>
  private let tableShift: UInt64
  private static let flagBits: UInt64 = 0xFFFF

  /// Number of keys (entries and the prefixes of multi-token entries).
  public var count: Int { keys.count }
  /// Magic of the compact binary form (`lexicon.bin`).
  static let magic = Array("RDLEX1\0\0".utf8)

  private static let bundledOnce = LoadedOnce {
    try Lexicon(contentsOf: ResourceLocator.directory("lexicon").appendingPathComponent("lexicon.bin"))
  }

  /// The bundled lexicon, loaded on first use.
  public static func bundled() throws -> Lexicon {
    try bundledOnce.get()
  }

  /// Reads the compact binary form written by ``serialized()`` (`lexicon.bin`).
  public init(contentsOf url: URL) throws {
    var reader = try ResourceReader(contentsOf: url, magic: Lexicon.magic)
    let (keys, values) = try reader.keyedTable(of: UInt16.self)
    guard reader.remaining == 0 else { throw reader.malformed }
    self.keys = keys
    self.values = values
    (table, tableShift) = Lexicon.table(keys, values)
  }

  /// Builds the open-addressing table (capacity a power of two, at most half full; 0 marks an
  /// empty slot — every entry has flags, so no filled slot is 0). Keys sharing their top 48
  /// bits (about one pair in 2,000 lexicons of this size) share a slot with both flag sets.
  private static func table(_ keys: [UInt64], _ values: [UInt16]) -> (LargeTable<UInt64>, UInt64) {
    var bits = 4
    while (1 << bits) < keys.count * 2 { bits += 1 }
    let mask = (1 << bits) - 1
    let shift = UInt64(64 - bits)
    let table = LargeTable<UInt64>(count: 1 << bits, repeating: 0)
    table.withMutableBuffer { table in
      for (key, value) in zip(keys, values) where key != 0 && value != 0 {
        let tag = key & ~flagBits
        var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while table[index] != 0 && table[index] & ~flagBits != tag { index = (index + 1) & mask }
        table[index] |= tag | UInt64(value)
      }
    }
    return (table, shift)
  }

  /// The compact binary form: magic, key version, count, sorted keys, flags.
  public func serialized() -> [UInt8] {
    var out = Lexicon.magic
    out.appendKeyedTable(keys: keys, values: values)
    return out
  }

  /// Builds a lexicon from the text lists `make_lexicons.py` writes (names.tsv, places.tsv,
  /// words.txt, demonyms.txt), tokenising and folding every entry as the tagger does.
  public init(sourceDirectory directory: URL) throws {
    var entries: [UInt64: UInt16] = [:]
    entries.reserveCapacity(600_000)
    func add(_ term: Substring, _ flags: LexiconFlags) {
      var keys: [UInt64] = []
      Lexicon.keys(of: term) { keys.append($0) }
      guard let full = keys.last else { return }
      for prefix in keys.dropLast() { entries[prefix, default: 0] |= LexiconFlags.prefix.rawValue }
      entries[full, default: 0] |= flags.rawValue
    }
    try Lexicon.eachLine(directory.appendingPathComponent("names.tsv")) { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 2 else { throw ResourceError.malformed(file: "names.tsv") }
      var flags: LexiconFlags = []
      for letter in fields[1].utf8 {
        switch letter {
        case UInt8(ascii: "G"): flags.insert(.givenName)
        case UInt8(ascii: "S"): flags.insert(.surname)
        case UInt8(ascii: "A"): flags.insert(.asianName)
        case UInt8(ascii: "R"): flags.insert(.rareName)
        default: break
        }
      }
      add(fields[0], flags)
    }
    try Lexicon.eachLine(directory.appendingPathComponent("places.tsv")) { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 2, let kind = fields[1].utf8.first else {
        throw ResourceError.malformed(file: "places.tsv")
      }
      let flags: LexiconFlags =
        switch kind {
        case UInt8(ascii: "c"): .country
        case UInt8(ascii: "r"): .region
        case UInt8(ascii: "1"): .admin1
        case UInt8(ascii: "2"): .admin2
        default: .populatedPlace
        }
      add(fields[0], flags)
    }
    try Lexicon.eachLine(directory.appendingPathComponent("words.txt")) { add($0, .commonWord) }
    try Lexicon.eachLine(directory.appendingPathComponent("demonyms.txt")) { add($0, .demonym) }
    let sorted = entries.sorted { $0.key < $1.key }
    keys = sorted.map(\.key)
    values = sorted.map(\.value)
    (table, tableShift) = Lexicon.table(keys, values)
  }

  /// The flags of the entry whose folded-token key is `key` (empty when unknown).
  @inline(__always)
  public func flags(forKey key: UInt64) -> LexiconFlags {
    let table = table.buffer
    let mask = table.count - 1
    let tag = key & ~Lexicon.flagBits
    var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> tableShift)
    while true {
      let slot = table[index]
      if slot == 0 { return [] }
      if slot & ~Lexicon.flagBits == tag { return LexiconFlags(rawValue: UInt16(truncatingIfNeeded: slot)) }
      index = (index + 1) & mask
    }
  }

  /// The flags of a term, folded and tokenised as the tagger does.
  public func flags(of term: String) -> LexiconFlags {
    var key: UInt64?
    Lexicon.keys(of: Substring(term)) { key = $0 }
    return key.map { flags(forKey: $0) } ?? []
  }

  /// The key of a single token: the hash of its folded bytes.
  @inline(__always)
  static func key(of folded: [UInt8]) -> UInt64 { FNV1a.add(FNV1a.basis, folded) }

  /// Extends a multi-token key by the key of one more token. Composing keys (rather than
  /// hashing the joined bytes) lets matching reuse the keys computed once per token.
  @inline(__always)
  static func extend(_ key: UInt64, withKey next: UInt64) -> UInt64 {
    let mixed = (key ^ 0x1F) &* 0x9E37_79B9_7F4A_7C15 ^ next &* 0xC2B2_AE3D_27D4_EB4F
    return mixed ^ (mixed >> 29)
  }

  /// Version of the key scheme, written in `lexicon.bin` and `gazetteer.bin`.
  static let keyVersion: UInt32 = 4

  /// Calls `body` with the key of each token prefix of `term` (the last call is the full key).
  static func keys(of term: Substring, _ body: (UInt64) -> Void) {
    var text = String(term)
    text.withUTF8 { bytes in
      var tokens: [TaggerToken] = []
      TaggerTokenizer.tokenize(bytes, into: &tokens)
      guard !tokens.isEmpty, tokens.count <= maximumTokens else { return }
      var folded = FoldedToken()
      var key: UInt64 = 0
      for (index, token) in tokens.enumerated() {
        folded.load(bytes, token.start..<token.end)
        let tokenKey = Lexicon.key(of: folded.bytes)
        key = index == 0 ? tokenKey : extend(key, withKey: tokenKey)
        body(key)
      }
    }
  }

  private static func eachLine(_ url: URL, _ body: (Substring) throws -> Void) throws {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw ResourceError.missing(file: url.lastPathComponent)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ResourceError.malformed(file: url.lastPathComponent)
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) { try body(line) }
  }
}
