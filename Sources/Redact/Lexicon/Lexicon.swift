import Foundation

#if os(Linux)
  import Synchronization
#endif

/// Name, place and common-word lists, keyed by the hash of each entry's folded tokens, so a
/// lookup needs no string allocation. The bundled form is `lexicon.bin` (sorted keys and
/// flags, mapped into memory and used in place), built by `redact-train lexicon` from the lists
/// that `tools/data/make_lexicons.py` writes (see NOTICE for sources and licences).
package final class Lexicon: @unchecked Sendable {
  /// Longest entry, in tokens, that multi-token matching tries.
  package static let maximumTokens = 8

  /// Sorted entry keys and their flags (parallel), borrowed from `owner`: the mapped file, or
  /// arrays built from the source lists.
  private let keys: UnsafeBufferPointer<UInt64>
  private let values: UnsafeBufferPointer<UInt16>
  private let owner: AnyObject
  /// The same entries in an open-addressing table (8 MB for the bundled lexicon, on huge pages
  /// where the system allows): a lookup is usually one probe, one cache miss, where a search of
  /// the sorted keys takes three or four. Lookups run several times per token, so this is on
  /// the hot path. Each slot packs the key's top 48 bits and the flags.
  private let hashed: HashedLexicon
  private static let flagBits: UInt64 = 0xFFFF

  /// Number of keys (entries and the prefixes of multi-token entries).
  package var count: Int { keys.count }
  /// Magic of the compact binary form (`lexicon.bin`).
  static let magic = Array("RDLEX1\0\0".utf8)

  private static let bundledOnce = LoadedOnce {
    try Lexicon(contentsOf: ResourceLocator.directory("lexicon").appendingPathComponent("lexicon.bin"))
  }

  /// The bundled lexicon, loaded on first use.
  package static func bundled() throws -> Lexicon {
    try bundledOnce.get()
  }

  /// Maps the compact binary form written by ``serialized()`` (`lexicon.bin`) and uses it in
  /// place.
  ///
  /// Performance: reading, copying and hashing it took half of a one-line run's start-up
  /// (~25 ms of CPU). Now the sorted keys are searched in the mapping until the hash table,
  /// built on another thread once ``searchesBeforeHashing`` lookups have been searched, is
  /// ready (a few milliseconds later); both give the same flags (see
  /// ``searchedFlags(forKey:)``), so which one answers does not change a result. A short run
  /// (one line, a small file) never builds the table: filling and paging in its 8 MB took
  /// 28M of the 208M instructions of a one-line run. Nor does it read every key: keys that
  /// share their top 48 bits are marked in the table as it is filled (lookups of them
  /// search), where a check of all 600,000 keys at load took 10M instructions of a one-line
  /// run's 119M.
  package init(contentsOf url: URL) throws {
    let name = url.lastPathComponent
    let file = try MappedFile(contentsOf: url)
    guard file.bytes.count >= Lexicon.magic.count, file.bytes.prefix(Lexicon.magic.count).elementsEqual(Lexicon.magic)
    else { throw ResourceError.malformed(file: name) }
    let table = try MappedKeyedTable<UInt16>(file, at: Lexicon.magic.count, name: name)
    guard table.end == file.bytes.count else { throw ResourceError.malformed(file: name) }
    keys = table.keys
    values = table.values
    owner = file
    hashed = HashedLexicon(count: keys.count)
    hashed.buildWhenSearched(keys, values, keeping: file)
  }

  /// A lexicon of sorted keys and their flags, hashed at once.
  init(sortedKeys: [UInt64], values: [UInt16]) {
    let storage = OwnedKeyedTable<UInt16>(sortedKeys, values)
    keys = UnsafeBufferPointer(storage.keys)
    self.values = UnsafeBufferPointer(storage.values)
    owner = storage
    hashed = HashedLexicon(count: keys.count)
    hashed.build(keys, self.values)
  }

  /// The compact binary form: magic, key version, count, sorted keys, flags.
  package func serialized() -> [UInt8] {
    var out = Lexicon.magic
    out.appendKeyedTable(keys: Array(keys), values: Array(values))
    return out
  }

  /// Lookups of a mapped lexicon searched in its sorted keys before its hash table is built:
  /// more than a short run makes (a line makes tens), few enough that a long run soon uses
  /// the table.
  static let searchesBeforeHashing = 1 << 12

  /// Whether lookups go to the hash table yet (else they search the sorted keys).
  var isHashed: Bool { hashed.table != nil }

  /// The sorted keys (for tests).
  var sortedKeys: UnsafeBufferPointer<UInt64> { keys }

  /// The flags of the entry whose key is `key`, found by binary search of the sorted keys:
  /// what the hash table answers (which searches for keys that share their top 48 bits), but
  /// for a key that is not an entry and shares its top 48 bits with one (about 1 in 10^9
  /// tokens), which the table may take for that entry, depending on where its probe starts.
  func searchedFlags(forKey key: UInt64) -> LexiconFlags {
    var low = 0
    var high = keys.count
    while low < high {
      let middle = (low &+ high) >> 1
      if keys[middle] < key { low = middle + 1 } else { high = middle }
    }
    guard key != 0, low < keys.count, keys[low] == key else { return [] }
    return LexiconFlags(rawValue: values[low])
  }

  /// Builds a lexicon from the text lists `make_lexicons.py` writes (names.tsv, places.tsv,
  /// words.txt, demonyms.txt), tokenising and folding every entry as the tagger does.
  package convenience init(sourceDirectory directory: URL) throws {
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
    self.init(sortedKeys: sorted.map(\.key), values: sorted.map(\.value))
  }

  /// The flags of the entry whose folded-token key is `key` (empty when unknown).
  @inline(__always)
  package func flags(forKey key: UInt64) -> LexiconFlags {
    guard let table = hashed.table else {
      hashed.countSearch()
      return searchedFlags(forKey: key)
    }
    let mask = hashed.mask
    let tag = key & ~Lexicon.flagBits
    var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> hashed.shift)
    while true {
      let slot = table[index]
      if slot == 0 { return [] }
      if slot & ~Lexicon.flagBits == tag {
        // Keys sharing their top 48 bits share the slot; the search tells them apart.
        if slot & HashedLexicon.sharedTag != 0 { return searchedFlags(forKey: key) }
        return LexiconFlags(rawValue: UInt16(truncatingIfNeeded: slot))
      }
      index = (index + 1) & mask
    }
  }

  /// The flags of a term, folded and tokenised as the tagger does.
  package func flags(of term: String) -> LexiconFlags {
    var key: UInt64?
    Lexicon.keys(of: Substring(term)) { key = $0 }
    return key.map { flags(forKey: $0) } ?? []
  }

  /// ``flags(of:)`` for a term given as UTF-8 bytes (no `String` built).
  func flags(ofFolded term: UnsafeBufferPointer<UInt8>) -> LexiconFlags {
    if let asciiKey = Lexicon.asciiTermKey(term) { return asciiKey.map { flags(forKey: $0) } ?? [] }
    var key: UInt64?
    Lexicon.keys(ofBytes: term) { key = $0 }
    return key.map { flags(forKey: $0) } ?? []
  }

  /// Whether the word at `range` of `bytes`, folded as one token, is a name or a place that the
  /// lexicon does not also mark as an ordinary word: the check the taggers' word filters make
  /// before dropping a word (`দে`, `আশা`, `大和`, `ジャスミン` are names as well as words).
  func isNameOrPlace(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var folded = FoldedToken()
    folded.load(bytes, range)
    let flags = flags(forKey: Lexicon.key(of: folded.bytes))
    return !flags.isDisjoint(with: LexiconFlags.name.union(.place)) && !flags.contains(.commonWord)
  }

  /// For an ASCII term, the last key ``keys(ofBytes:_:)`` reports (`.some(nil)` when it reports
  /// none: no token, or more than ``maximumTokens``), computed in one pass with no token array;
  /// nil when `bytes` hold a non-ASCII byte.
  ///
  /// Performance: the public-entity veto looks every person and place finding up; tokenizing
  /// each into a fresh array was ~1% of a one-core run on English text and 2% on a chat. In
  /// ASCII the tokenizer's words are runs of letters or of digits, every other non-space byte
  /// is a token of its own, and folding is lower-casing.
  static func asciiTermKey(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64?? {
    var key: UInt64 = 0
    var tokens = 0
    var word = FNV1a.basis
    var wordClass: ScalarClass?
    @inline(__always) func add(_ tokenKey: UInt64) {
      key = tokens == 0 ? tokenKey : extend(key, withKey: tokenKey)
      tokens += 1
    }
    @inline(__always) func closeWord() {
      guard wordClass != nil else { return }
      add(word)
      word = FNV1a.basis
      wordClass = nil
    }
    for byte in bytes {
      guard byte < 0x80 else { return nil }
      let kind = ScalarClass.of(ascii: byte)
      switch kind {
      case .space:
        closeWord()
      case .letter, .digit:
        if let wordClass, wordClass != kind { closeWord() }
        wordClass = kind
        word = FNV1a.add(word, ASCIIByte.lower(byte))
      default:
        closeWord()
        add(FNV1a.add(FNV1a.basis, byte))
      }
    }
    closeWord()
    return tokens == 0 || tokens > maximumTokens ? .some(nil) : key
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
    text.withUTF8 { keys(ofBytes: $0, body) }
  }

  /// ``keys(of:_:)`` for a term given as UTF-8 bytes.
  static func keys(ofBytes bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
    var tokens: [TaggerToken] = []
    TaggerTokenizer.tokenize(bytes, into: &tokens)
    guard !tokens.isEmpty, tokens.count <= maximumTokens else { return }
    var key: UInt64 = 0
    for (index, token) in tokens.enumerated() {
      let tokenKey = FoldedToken.key(bytes, token.start..<token.end)
      key = index == 0 ? tokenKey : extend(key, withKey: tokenKey)
      body(key)
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

/// A lexicon's open-addressing table (capacity a power of two, at most half full; 0 marks an
/// empty slot — every entry has flags, so no filled slot is 0). Keys sharing their top 48 bits
/// (about one pair in 2,000 lexicons of this size) share a slot marked ``sharedTag``, and
/// lookups that reach it search the sorted keys.
///
/// The bundled lexicon's table is built on a thread of its own, once the lexicon has been
/// searched ``Lexicon/searchesBeforeHashing`` times, and published once complete (release/acquire):
/// until then ``table`` is nil and lookups search the sorted keys.
private final class HashedLexicon: @unchecked Sendable {
  /// The flag bit (no ``LexiconFlags`` value) that marks a slot two keys share.
  static let sharedTag: UInt64 = 0x8000
  let shift: UInt64
  let mask: Int
  /// The slots: allocated at once, filled (and so paged in) by the thread that builds them.
  private let storage: UnsafeMutableBufferPointer<UInt64>
  #if os(Linux)
    /// 1 once `storage` is filled.
    private let ready = Atomic<Int>(0)
    /// The build to start after enough searches; set before the lexicon is shared, then only read.
    private var pending: BuildJob?
    /// Lookups searched so far (counted until the table is ready).
    private let searches = Atomic<Int>(0)
  #else
    private var ready = 0
  #endif

  init(count: Int) {
    var bits = 4
    while (1 << bits) < count * 2 { bits += 1 }
    mask = (1 << bits) - 1
    shift = UInt64(64 - bits)
    // As LargeTable does: 2 MiB aligned, on huge pages where the system allows; not touched
    // here, so the pages are cleared by the thread that fills them.
    let alignment = 2 << 20
    let bytes = (1 << bits) * MemoryLayout<UInt64>.stride
    let rounded = (bytes + alignment - 1) / alignment * alignment
    let memory = UnsafeMutableRawPointer.allocate(byteCount: rounded, alignment: alignment)
    #if canImport(Glibc)
      if bytes >= alignment / 2 { _ = madvise(memory, rounded, MADV_HUGEPAGE) }
    #endif
    storage = UnsafeMutableBufferPointer(start: memory.bindMemory(to: UInt64.self, capacity: 1 << bits), count: 1 << bits)
  }

  deinit {
    storage.deallocate()
  }

  /// The filled table, or nil while it is being built.
  @inline(__always)
  var table: UnsafeMutableBufferPointer<UInt64>? {
    #if os(Linux)
      ready.load(ordering: .acquiring) != 0 ? storage : nil
    #else
      ready != 0 ? storage : nil
    #endif
  }

  /// Fills the table on this thread.
  func build(_ keys: UnsafeBufferPointer<UInt64>, _ values: UnsafeBufferPointer<UInt16>) {
    fill(keys, values)
    #if os(Linux)
      ready.store(1, ordering: .releasing)
    #else
      ready = 1
    #endif
  }

  /// Fills the table on another thread once ``Lexicon/searchesBeforeHashing`` lookups have been
  /// searched (on Linux; elsewhere at once), keeping `owner` (the keys' storage) alive until
  /// it is done.
  func buildWhenSearched(
    _ keys: UnsafeBufferPointer<UInt64>, _ values: UnsafeBufferPointer<UInt16>, keeping owner: AnyObject
  ) {
    #if os(Linux)
      pending = BuildJob(table: self, keys: keys, values: values, owner: owner)
    #else
      build(keys, values)
    #endif
  }

  /// Counts a lookup searched while the table is not ready; the one that reaches
  /// ``Lexicon/searchesBeforeHashing`` starts the build.
  @inline(__always)
  func countSearch() {
    #if os(Linux)
      if searches.add(1, ordering: .relaxed).newValue == Lexicon.searchesBeforeHashing, let job = pending {
        Thread.detachNewThread { job.run() }
      }
    #endif
  }

  private func fill(_ keys: UnsafeBufferPointer<UInt64>, _ values: UnsafeBufferPointer<UInt16>) {
    let flagBits: UInt64 = 0xFFFF
    let table = storage
    table.initialize(repeating: 0)
    for (key, value) in zip(keys, values) where key != 0 && value != 0 {
      let tag = key & ~flagBits
      var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
      while table[index] != 0 && table[index] & ~flagBits != tag { index = (index + 1) & mask }
      table[index] = table[index] == 0 ? tag | UInt64(value) : table[index] | Self.sharedTag
    }
  }

  /// What the building thread holds.
  private struct BuildJob: @unchecked Sendable {
    let table: HashedLexicon
    let keys: UnsafeBufferPointer<UInt64>
    let values: UnsafeBufferPointer<UInt16>
    let owner: AnyObject

    func run() {
      withExtendedLifetime(owner) { table.build(keys, values) }
    }
  }
}
