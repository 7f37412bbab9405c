/// Bengali and Nepali names that no title announces but the words around them do: the name
/// before `নামে`/`নামের` ("named": `রহিম নামে এক যুবক`), before an age in brackets
/// (`রহিম (৩৫)`, `राम (३५)`), before `প্রমুখ` ("and others", which closes a list of people), the
/// last name of a list before `দুজনেই` ("both"), the first name after a plural subject and `হলেন` (`আটক ব্যক্তিরা হলেন রহিম, …`) or after a plural
/// and `মধ্যে` when a list goes on (`আহতদের মধ্যে রহিম, করিম …`), and in Nepali the resident
/// after a ward number (`कुश्मा नगरपालिका–३ की सीता …`) or after `बस्ने` ("living in": `पाल्पाका
/// बस्ने सीता …`).
///
/// News and case notes write people this way whatever their names are, and the bn and ne
/// taggers miss names they never saw in training (issue 15: Bengali held-out person recall 72%,
/// Nepali 80%). Each word of the name must pass the bare-name test of its script
/// (``isBareBengaliNameWord(_:in:)``, ``isBareNepaliNameWord(_:in:)``): a pronoun, office, count,
/// plural, common or closed-class word stops it. The findings are `indic-names` findings, so the
/// tagger filter's list rule reads the other members of their lists from them
/// (`IndicThaiTaggerFilter+Lists.swift`).
extension IndicTitleNameRules {
  /// A cue word and where the name stands from it.
  enum CueSide {
    /// The name ends right before the cue (one space between).
    case before
    /// The name ends right before the cue, and a list join stands before the name (`রহিম ও করিম
    /// দুজনেই`, "both").
    case beforeInList
    /// The name starts right after the cue.
    case after
    /// The name starts right after the cue, and a list join must follow it.
    case afterInList
  }

  /// Bengali cues. The `before` ones are matched with the space before them; the `after` ones
  /// with the space after them, and start with the plural ending of the word before (`-রা`,
  /// `-দের`), which must not be a whole word.
  static let bengaliCues: [(pattern: String, side: CueSide)] = [
    (" নামে", .before), (" নামের", .before), (" প্রমুখ", .before), (" দুজনেই", .beforeInList),
    (" দুজনই", .beforeInList),
    // `উভয়েই` with `য়` as one letter and as a letter and a nukta.
    (" উভয়েই", .beforeInList), (" উভয়েই", .beforeInList), (" তিনজনেই", .beforeInList),
    ("রা হলেন ", .after), ("দের মধ্যে ", .afterInList),
  ]

  /// People of a case, in the plural before `মধ্যে` (`আহতদের মধ্যে …`, "among the injured"):
  /// the injured, the dead, the arrested, the rescued, the missing, the accused, victims.
  static let bengaliCaseRoles: Set<String> = [
    "আহত", "নিহত", "আটক", "আটককৃত", "গ্রেপ্তার", "গ্রেপ্তারকৃত", "গ্রেফতারকৃত", "উদ্ধার", "উদ্ধারকৃত", "নিখোঁজ",
    "অভিযুক্ত", "আসামি", "আসামী", "ভুক্তভোগী", "ভুক্তভোগি", "মৃত", "পাচারকারী", "দালাল", "পলাতক", "সাক্ষী",
  ]

  /// Nepali cues: `बस्ने` after a genitive or locative place (`पाल्पाका बस्ने`), and `की`/`का`
  /// after a ward number (checked in ``cuedName(_:at:in:)``).
  static let nepaliCues: [(pattern: String, side: CueSide)] = [
    ("का बस्ने ", .after), ("की बस्ने ", .after), ("मा बस्ने ", .after), (" की ", .after), (" का ", .after),
  ]

  static let cues: [(pattern: String, side: CueSide)] = bengaliCues + nepaliCues
  static let cueMatcher = AhoCorasick(patterns: cues.map { Array($0.pattern.utf8) })

  /// Appends a finding for each name a cue word or an age in brackets announces. Nepali cues
  /// are read only when `nepali` is true (Devanagari text that is not Hindi).
  ///
  /// - Complexity: O(n) in the text's bytes, then at most three words at each cue.
  static func appendCuedNames(
    in bytes: UnsafeBufferPointer<UInt8>, id: String, nepali: Bool, into findings: inout [Finding]
  ) {
    var names: [Range<Int>] = []
    cueMatcher.forEachMatch(in: bytes, asciiCaseInsensitive: false) { match in
      let isNepaliCue = match.pattern >= bengaliCues.count
      guard !isNepaliCue || nepali, let name = cuedName(match.pattern, at: match.range, in: bytes) else { return }
      names.append(name)
    }
    // Ages in brackets: `(` then one to three digits and `)`.
    var index = 0
    while index < bytes.count, let open = bytes[index...].firstIndex(of: UInt8(ascii: "(")) {
      index = open + 1
      guard IndicThaiTaggerFilter.skipAge(bytes, from: open) > open else { continue }
      let end = open > 0 && bytes[open - 1] == UInt8(ascii: " ") ? open - 1 : open
      guard let script = script(before: end, in: bytes), script == .bengali || nepali,
        let name = name(endingAt: end, in: bytes, script)
      else { continue }
      names.append(name)
    }
    for name in names where !findings.contains(where: { $0.range == name }) {
      findings.append(Finding(kind: .person, range: name, score: 0.75, detector: id, explanation: "indic cue"))
    }
  }

  /// The name cue `pattern` (an index into ``cues``) at `range` announces, or nil.
  static func cuedName(_ pattern: Int, at range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    let (text, side) = cues[pattern]
    let isBengali = pattern < bengaliCues.count
    let script: IndicThaiTaggerFilter.ListScript = isBengali ? .bengali : .nepali
    switch side {
    case .before:
      // A whole word: no word letter after the cue.
      if let after = UTF8Scalars.scalar(bytes, at: range.upperBound), isWordScalar(after) { return nil }
      return name(endingAt: range.lowerBound, in: bytes, script)
    case .beforeInList:
      if let after = UTF8Scalars.scalar(bytes, at: range.upperBound), isWordScalar(after) { return nil }
      guard let name = name(endingAt: range.lowerBound, in: bytes, script),
        IndicThaiTaggerFilter.join(before: name.lowerBound, in: bytes, script) != nil
      else { return nil }
      return name
    case .after, .afterInList:
      if text.hasPrefix(" ") {
        // A ward number before `की`/`का`: a digit right before the space.
        guard let before = UTF8Scalars.scalar(bytes, before: range.lowerBound),
          before.properties.numericType == .decimal
        else { return nil }
      } else {
        // The plural or case ending closes a word of at least one more letter.
        let endingLength = text.utf8.prefix { $0 != UInt8(ascii: " ") }.count
        guard let start = wordStart(bytes, endingAt: range.lowerBound + endingLength), start < range.lowerBound
        else { return nil }
        // Among people of a case only (`আহতদের মধ্যে`), not among any group (`আদিবাসীদের মধ্যে
        // সংখ্যালঘু ও …`, "among indigenous people, minority and …").
        if side == .afterInList {
          let stem = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<range.lowerBound]), as: UTF8.self)
          guard bengaliCaseRoles.contains(stem) else { return nil }
        }
      }
      guard let name = name(startingAt: range.upperBound, in: bytes, script) else { return nil }
      if side == .afterInList && IndicThaiTaggerFilter.join(after: name.upperBound, in: bytes, script) == nil {
        return nil
      }
      return name
    }
  }

  /// The script of the word ending at `end`, or nil when it is neither Bengali nor Devanagari.
  static func script(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> IndicThaiTaggerFilter.ListScript? {
    guard let scalar = UTF8Scalars.scalar(bytes, before: end), isWordScalar(scalar) else { return nil }
    return scalar.value >= 0x0980 ? .bengali : .nepali
  }

  /// One to three name words ending at `end` (one space between them), none with a case ending,
  /// or nil.
  static func name(
    endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>, _ script: IndicThaiTaggerFilter.ListScript
  ) -> Range<Int>? {
    var cursor = end
    var first: Int?
    for _ in 0..<3 {
      guard let start = wordStart(bytes, endingAt: cursor), script.isNameWord(start..<cursor, in: bytes),
        !hasCaseEnding(start..<cursor, in: bytes)
      else { break }
      first = start
      guard start > 1, bytes[start - 1] == UInt8(ascii: " ") else { break }
      cursor = start - 1
    }
    return first.map { $0..<end }
  }

  /// One to three name words starting at `start` (one space between them), the last of which
  /// may carry a case ending, or nil.
  static func name(
    startingAt start: Int, in bytes: UnsafeBufferPointer<UInt8>, _ script: IndicThaiTaggerFilter.ListScript
  ) -> Range<Int>? {
    var index = start
    var end: Int?
    for _ in 0..<3 {
      let wordEnd = wordEnd(bytes, from: index)
      guard wordEnd > index, script.isNameWord(index..<wordEnd, in: bytes) else { break }
      end = wordEnd
      if hasCaseEnding(index..<wordEnd, in: bytes) { break }
      guard wordEnd + 1 < bytes.count, bytes[wordEnd] == UInt8(ascii: " ") else { break }
      index = wordEnd + 1
    }
    return end.map { start..<$0 }
  }
}
