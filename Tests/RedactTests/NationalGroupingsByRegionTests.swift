import Testing

@testable import Redact

/// The national formats compiled per region on first use (issue 16, session 36) answer as the
/// former table of every region, compiled at once, did: on random national numbers of every
/// region, whether the region writes them without the trunk prefix, and how a written grouping
/// fits.
@Suite struct NationalGroupingsByRegionTests {
  /// The former table: every line of the data compiled, in order, into its region's list.
  static let eager: [String: [NationalGroupings.Format]] = {
    var result: [String: [NationalGroupings.Format]] = [:]
    for line in NationalGroupings.data.split(separator: "\n") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 6 else { continue }
      result[String(fields[0]), default: []] += NationalGroupings.compileFormats([line])
    }
    return result
  }()

  static func writesWithoutPrefix(_ region: String, _ national: UnsafeBufferPointer<UInt8>) -> Bool {
    for format in eager[region] ?? [] {
      if let leading = format.leadingDigits, leading.prefixEnds(national) == 0 { continue }
      guard format.pattern.matchesWhole(national) else { continue }
      return !format.writesPrefix
    }
    return false
  }

  static func fit(
    _ region: String, _ national: UnsafeBufferPointer<UInt8>, prefixLength: Int, written: NationalGroupings.Written
  ) -> NationalGroupings.Fit {
    for format in eager[region] ?? [] {
      if let leading = format.leadingDigits, leading.prefixEnds(national) == 0 { continue }
      guard format.pattern.matchesWhole(national), var groups = format.groupsByLength[national.count] else { continue }
      guard format.writesPrefix == (prefixLength > 0), !groups.isEmpty else { return .none }
      groups[0] += prefixLength
      guard groups == written.groups else { return .none }
      return format.marks == written.marks ? .groupsAndMarks : .groups
    }
    return .none
  }

  @Test func regionsAnswerAsTheTableOfAllRegionsDid() {
    #expect(Set(NationalGroupings.formatLists.keys) == Set(Self.eager.keys))
    #expect(NationalGroupings.formats.mapValues(\.count) == Self.eager.mapValues(\.count))
    var rng = SplitMix64(seed: 1636)
    var bare = 0
    var fits = 0
    for region in Self.eager.keys.sorted() + ["ZZ"] {
      for _ in 0..<400 {
        let national = (0..<Int.random(in: 5...12, using: &rng)).map { _ in UInt8.random(in: 0...9, using: &rng) }
        // A grouping the region writes for this length (or none), with spaces or dashes.
        let groups =
          Self.eager[region]?.compactMap { $0.groupsByLength[national.count] }.randomElement(using: &rng)
          ?? [national.count]
        let mark: NationalGroupings.Mark = Bool.random(using: &rng) ? .space : .dash
        var written = NationalGroupings.Written(groups: groups, marks: Array(repeating: mark, count: groups.count - 1))
        national.withUnsafeBufferPointer { national in
          let answer = NationalGroupings.writesWithoutPrefix(region: region, national: national)
          #expect(answer == Self.writesWithoutPrefix(region, national), "\(region) \(Array(national))")
          if answer { bare += 1 }
          for prefix in [0, 1] {
            if prefix == 1 { written.groups[0] += 1 }
            let fit = NationalGroupings.fit(region: region, national: national, prefixLength: prefix, written: written)
            #expect(fit == Self.fit(region, national, prefixLength: prefix, written: written), "\(region)")
            if fit != .none { fits += 1 }
          }
        }
      }
    }
    #expect(bare > 100)
    #expect(fits > 100)
  }

  @Test func mobilesAnswerPerRegion() {
    let cases: [(String, String, Bool)] = [
      ("IN", "9876543210", true), ("NP", "9841234567", true), ("CN", "13812345678", true),
      ("IN", "1234567890", false), ("ZZ", "9876543210", false),
    ]
    for (region, digits, mobile) in cases {
      let national = digits.utf8.map { $0 - 0x30 }
      #expect(national.withUnsafeBufferPointer { NationalGroupings.isMobile(region: region, national: $0) } == mobile)
    }
  }
}
