/// The other members of a Bengali list of people once one of them is found:
/// `আটক ব্যক্তিরা হলেন রহিম উদ্দিন, করিম মিয়া ও সালমা`, `রহিম (৩৫), করিম (২৮) ও সালমা (৪০)`.
///
/// News and case notes name people in lists with no cue before each (issue 15: bn-news2's
/// `list` kind was 36.8% found): the tagger or a title finds one member, and the members joined
/// to it by a comma, `ও`, `এবং` or `আর` (an age in brackets may follow each) are people too. A
/// member is one to three words that each pass ``IndicTitleNameRules/isBareBengaliNameWord(_:in:)``
/// (a pronoun, an office, a common or closed-class word of the corpus stops it: `রহিম ও তার
/// স্ত্রী`, `রহিম ও পরিবারের সদস্যরা`); a member after the name ends with a word that carries a
/// case ending (`করিমকে`, taken whole), one before it has none. A member that overlaps a finding
/// of another kind (a place of `ঢাকা, খুলনা ও রাজশাহী`) is left to it. Each member added is a
/// seed in turn, so the whole list is read from any one sure member.
///
/// Nepali lists are read the same way (`मातृका यादव र सुरेश आलेमगर`, `राम, श्याम तथा हरि`): joined by
/// a comma, `र` or `तथा`, each member one to three words that pass
/// ``IndicTitleNameRules/isBareNepaliNameWord(_:in:)``, in Devanagari text that is not Hindi.
extension IndicThaiTaggerFilter {
  /// The script of a list: what joins its members and what a member's word is.
  enum ListScript {
    case bengali, nepali

    var joins: [[UInt8]] {
      switch self {
      case .bengali: IndicThaiTaggerFilter.bengaliListJoins
      case .nepali: IndicThaiTaggerFilter.nepaliListJoins
      }
    }

    func isNameWord(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      switch self {
      case .bengali: IndicTitleNameRules.isBareBengaliNameWord(word, in: bytes)
      case .nepali: IndicTitleNameRules.isBareNepaliNameWord(word, in: bytes)
      }
    }
  }

  /// What joins two Nepali members: a comma, `र`, `तथा`.
  static let nepaliListJoins: [[UInt8]] = [" , ", ", ", ",", " र ", " तथा "].map { Array($0.utf8) }

  /// What joins two members: a comma (spaces around it or not: the corpora write ` , `), `ও`, `এবং`,
  /// `আর`. The spaced comma comes first, so that a member before it is read before its space.
  static let bengaliListJoins: [[UInt8]] = [" , ", ", ", ",", " ও ", " এবং ", " আর "].map { Array($0.utf8) }

  /// Appends a person finding for every list member beside a Bengali or Nepali person finding
  /// of `findings` that is sure enough to stand for its list (``isListSeed(_:_:)``), until no
  /// list has a member left to add.
  ///
  /// - Complexity: O(f·m) for f findings and m members added; each member reads at most three
  ///   words and an age.
  func appendListMembers(in bytes: UnsafeBufferPointer<UInt8>, to findings: inout [Finding]) {
    var hindi: Bool?
    var seeds: [(index: Int, script: ListScript)] = findings.indices.compactMap { index in
      guard let script = listSeedScript(findings[index], bytes) else { return nil }
      if script == .nepali {
        // Hindi lists are the tagger's: its names have no bare-word test here.
        if hindi == nil { hindi = IndicTitleNameRules.isHindi(bytes) }
        if hindi == true { return nil }
      }
      return (index, script)
    }
    while let next = seeds.popLast() {
      let (seed, script) = (next.index, next.script)
      let range = findings[seed].range
      for candidate in [
        Self.member(after: range, in: bytes, script), Self.member(before: range, in: bytes, script),
      ] {
        guard let candidate, !findings.contains(where: { $0.range.overlaps(candidate) }) else { continue }
        seeds.append((findings.count, script))
        findings.append(
          Finding(
            kind: .person, range: candidate, score: 0.7, detector: id,
            explanation: script == .bengali ? "bn list" : "ne list"))
      }
    }
  }

  /// Whether a finding may stand for the list it is in: a Bengali person found by a title or as
  /// a speaker (`indic-names`), or of two words or more, or a name of the lexicon. The tagger's
  /// one-word findings are not: those are where it tags common nouns (`চুরি`, `বিপ্লবী`), and a
  /// list beside one is a list of common nouns (`চুরি ও ব্ল্যাকমেইল`).
  func isListSeed(_ finding: Finding, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    listSeedScript(finding, bytes) != nil
  }

  /// The script of a Bengali or Devanagari person finding that may stand for its list
  /// (``isListSeed(_:_:)``), or nil. A Devanagari finding of the Hindi model is none.
  func listSeedScript(_ finding: Finding, _ bytes: UnsafeBufferPointer<UInt8>) -> ListScript? {
    let range = finding.range
    guard finding.kind == .person, range.count >= 3, bytes[range.lowerBound] == 0xE0,
      (0xA4...0xA7).contains(bytes[range.lowerBound + 1]), finding.explanation != "model:hi"
    else { return nil }
    let script: ListScript = bytes[range.lowerBound + 1] >= 0xA6 ? .bengali : .nepali
    if finding.detector == "indic-names" || bytes[range].contains(UInt8(ascii: " ")) { return script }
    return isKnownName(range, bytes, script == .bengali ? Self.bengaliEndings : Self.nepaliEndings) ? script : nil
  }

  /// The end of an age in brackets (` (৩৫)`, `(35)`) at `index`, or `index` when there is none.
  static func skipAge(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
    var at = index
    if at < bytes.count && bytes[at] == UInt8(ascii: " ") { at += 1 }
    guard at < bytes.count, bytes[at] == UInt8(ascii: "(") else { return index }
    at += 1
    var digits = 0
    while at < bytes.count, let scalar = UTF8Scalars.scalar(bytes, at: at), scalar.properties.numericType == .decimal {
      at += scalar.utf8.count
      digits += 1
    }
    guard digits > 0, digits <= 3, at < bytes.count, bytes[at] == UInt8(ascii: ")") else { return index }
    return at + 1
  }

  /// The start of an age in brackets that ends at `index`, or `index` when there is none.
  static func skipAge(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Int {
    guard index > 2, bytes[index - 1] == UInt8(ascii: ")") else { return index }
    var at = index - 1
    var digits = 0
    while at > 0, let scalar = UTF8Scalars.scalar(bytes, before: at), scalar.properties.numericType == .decimal {
      at = UTF8Scalars.previousStart(bytes, before: at)
      digits += 1
    }
    guard digits > 0, digits <= 3, at > 0, bytes[at - 1] == UInt8(ascii: "(") else { return index }
    at -= 1
    if at > 0 && bytes[at - 1] == UInt8(ascii: " ") { at -= 1 }
    return at
  }

  /// The join after `end` (an age in brackets may come first), or nil.
  static func join(after end: Int, in bytes: UnsafeBufferPointer<UInt8>, _ script: ListScript = .bengali) -> [UInt8]? {
    let at = skipAge(bytes, from: end)
    return script.joins.first { bytes.hasBytes($0, at: at) }
  }

  /// The join before `start`, or nil.
  static func join(before start: Int, in bytes: UnsafeBufferPointer<UInt8>, _ script: ListScript = .bengali) -> [UInt8]? {
    script.joins.first { start >= $0.count && bytes.hasBytes($0, at: start - $0.count) }
  }

  /// Whether a join is a comma, which also ends a clause (`সূত্রে জানায় , রহিম …`): a member
  /// joined by one alone is taken only inside a run of joins.
  static func isComma(_ join: [UInt8]) -> Bool { join.contains(UInt8(ascii: ",")) }

  /// The list member joined after the name at `name`, or nil. None after a name with a case
  /// ending (`রহিমের , …`: a list puts the ending on its last member only); after a comma, only
  /// when another join stands before the name or after the member (`রহিম , করিম ও …`).
  static func member(
    after name: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, _ script: ListScript = .bengali
  ) -> Range<Int>? {
    let at = skipAge(bytes, from: name.upperBound)
    guard let join = Self.join(after: name.upperBound, in: bytes, script),
      let lastStart = IndicTitleNameRules.wordStart(bytes, endingAt: name.upperBound),
      !IndicTitleNameRules.hasCaseEnding(lastStart..<name.upperBound, in: bytes)
    else { return nil }
    let start = at + join.count
    var index = start
    var last: Int?
    for _ in 0..<3 {
      let wordEnd = IndicTitleNameRules.wordEnd(bytes, from: index)
      guard wordEnd > index, script.isNameWord(index..<wordEnd, in: bytes) else { break }
      last = wordEnd
      if IndicTitleNameRules.hasCaseEnding(index..<wordEnd, in: bytes) { break }
      guard wordEnd + 1 < bytes.count, bytes[wordEnd] == UInt8(ascii: " ") else { break }
      index = wordEnd + 1
    }
    guard let last else { return nil }
    if isComma(join) && Self.join(before: name.lowerBound, in: bytes, script) == nil
      && Self.join(after: last, in: bytes, script) == nil
    {
      return nil
    }
    return start..<last
  }

  /// The list member joined before the name at `name`, or nil; after a comma, only when another
  /// join stands after the name or before the member.
  static func member(
    before name: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, _ script: ListScript = .bengali
  ) -> Range<Int>? {
    let start = name.lowerBound
    guard let join = Self.join(before: start, in: bytes, script) else { return nil }
    let end = skipAge(bytes, before: start - join.count)
    var cursor = end
    var first: Int?
    for _ in 0..<3 {
      guard let wordStart = IndicTitleNameRules.wordStart(bytes, endingAt: cursor),
        script.isNameWord(wordStart..<cursor, in: bytes),
        !IndicTitleNameRules.hasCaseEnding(wordStart..<cursor, in: bytes)
      else { break }
      first = wordStart
      guard wordStart > 1, bytes[wordStart - 1] == UInt8(ascii: " ") else { break }
      cursor = wordStart - 1
    }
    guard let first else { return nil }
    if isComma(join) && Self.join(after: name.upperBound, in: bytes, script) == nil
      && Self.join(before: first, in: bytes, script) == nil
    {
      return nil
    }
    return first..<end
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether `pattern` is at `index`.
  fileprivate func hasBytes(_ pattern: [UInt8], at index: Int) -> Bool {
    guard index >= 0, index + pattern.count <= count else { return false }
    for offset in pattern.indices where self[index + offset] != pattern[offset] { return false }
    return true
  }
}
