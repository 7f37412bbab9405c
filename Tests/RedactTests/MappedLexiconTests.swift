import Foundation
import Testing

@testable import Redact

/// The bundled lexicon is mapped and searched in place until its hash table is built on another
/// thread: both must answer every lookup the same, or a run's result would depend on timing.
@Suite struct MappedLexiconTests {
  /// Searches the lexicon until its hash table is built, then waits for it (at most ten
  /// seconds).
  static func waitForHashTable(_ lexicon: Lexicon) throws {
    for key in 0..<UInt64(Lexicon.searchesBeforeHashing) where !lexicon.isHashed {
      _ = lexicon.flags(forKey: key)
    }
    let deadline = Date().addingTimeInterval(10)
    while !lexicon.isHashed && Date() < deadline { usleep(1000) }
    try #require(lexicon.isHashed)
  }

  @Test func aShortRunSearchesWithoutBuildingTheTable() throws {
    let url = try ResourceLocator.directory("lexicon").appendingPathComponent("lexicon.bin")
    let lexicon = try Lexicon(contentsOf: url)
    for key in 0..<UInt64(Lexicon.searchesBeforeHashing - 1) {
      _ = lexicon.flags(forKey: key &* 0x9E37_79B9)
    }
    usleep(50_000)
    #expect(!lexicon.isHashed)
    #expect(lexicon.flags(of: "Priya").contains(.givenName))
    try Self.waitForHashTable(lexicon)
    #expect(lexicon.flags(of: "Priya").contains(.givenName))
  }

  @Test func searchAndHashTableGiveTheSameFlagsForAnyKey() throws {
    let url = try ResourceLocator.directory("lexicon").appendingPathComponent("lexicon.bin")
    let lexicon = try Lexicon(contentsOf: url)
    try Self.waitForHashTable(lexicon)
    var rng = SplitMix64(seed: 48)
    let keys = lexicon.sortedKeys
    #expect(keys.count > 100_000)
    var probes: [UInt64] = []
    for _ in 0..<20_000 {
      let key = keys[Int(rng.next() % UInt64(keys.count))]
      // The entry, keys whose top 48 bits are next to its, and keys anywhere. (A key that is
      // not an entry but shares an entry's top 48 bits, 1 in 10^9 tokens, may differ: see
      // `searchedFlags(forKey:)`.)
      probes += [key, key &+ 0x1_0000, key &- 0x1_0000, key ^ (rng.next() << 16), rng.next()]
    }
    probes += [0, 1, 0xFFFF, UInt64.max, keys[0], keys[keys.count - 1]]
    // No two keys of the bundled lexicon share their top 48 bits (else it is hashed at load).
    #expect(!zip(keys.dropFirst(), keys).contains { ($0 ^ $1) >> 16 == 0 })
    var mismatches = 0
    for key in probes where lexicon.searchedFlags(forKey: key) != lexicon.flags(forKey: key) { mismatches += 1 }
    #expect(mismatches == 0)
    // Spot checks that the lookups find real entries.
    #expect(lexicon.flags(of: "Priya").contains(.givenName))
    #expect(!lexicon.flags(of: "Dhaka").isDisjoint(with: .place))
  }

  @Test func aLexiconBuiltInMemoryIsHashedAtOnce() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redact-lexicon-src-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try "Priya\tG\nSharma\tS\n".write(to: directory.appendingPathComponent("names.tsv"), atomically: true, encoding: .utf8)
    try "Dhaka\t1\nNew Delhi\tp\n".write(to: directory.appendingPathComponent("places.tsv"), atomically: true, encoding: .utf8)
    try "table\n".write(to: directory.appendingPathComponent("words.txt"), atomically: true, encoding: .utf8)
    try "Thai\n".write(to: directory.appendingPathComponent("demonyms.txt"), atomically: true, encoding: .utf8)
    let lexicon = try Lexicon(sourceDirectory: directory)
    #expect(lexicon.isHashed)
    #expect(lexicon.flags(of: "priya").contains(.givenName))
    #expect(lexicon.flags(of: "new delhi").contains(.populatedPlace))
    #expect(lexicon.flags(of: "new").contains(.prefix))
    // Written and mapped back, it answers the same.
    let url = directory.appendingPathComponent("lexicon.bin")
    try Data(lexicon.serialized()).write(to: url)
    let mapped = try Lexicon(contentsOf: url)
    for term in ["Priya", "SHARMA", "Dhaka", "New Delhi", "table", "thai", "absent"] {
      #expect(mapped.searchedFlags(forKey: Self.key(term)) == lexicon.flags(of: term), "\(term)")
      #expect(mapped.flags(of: term) == lexicon.flags(of: term), "\(term)")
    }
  }

  @Test func keysSharingTheirTop48BitsKeepTheirOwnFlags() throws {
    // Entries in groups of one to three keys with the same top 48 bits, each with one flag.
    var rng = SplitMix64(seed: 0x48_48)
    var entries: [UInt64: UInt16] = [:]
    for _ in 0..<3_000 {
      let tag = rng.next() & ~0xFFFF
      for _ in 0...(rng.next() % 3) { entries[tag | (rng.next() & 0xFFFF)] = UInt16(1) << (rng.next() % 12) }
    }
    let sorted = entries.sorted { $0.key < $1.key }
    try #require(zip(sorted.dropFirst(), sorted).contains { ($0.key ^ $1.key) >> 16 == 0 })
    let built = Lexicon(sortedKeys: sorted.map(\.key), values: sorted.map(\.value))
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("redact-lexicon-shared-\(getpid()).bin")
    defer { try? FileManager.default.removeItem(at: url) }
    try Data(built.serialized()).write(to: url)
    let mapped = try Lexicon(contentsOf: url)
    try Self.waitForHashTable(mapped)
    var wrong = 0
    for (key, value) in sorted {
      if built.flags(forKey: key).rawValue != value || mapped.flags(forKey: key).rawValue != value { wrong += 1 }
    }
    #expect(wrong == 0)
  }

  /// The full key of a term, as lookups compute it.
  static func key(_ term: String) -> UInt64 {
    var key: UInt64 = 0
    Lexicon.keys(of: Substring(term)) { key = $0 }
    return key
  }
}
