/// Address words of Burmese and Khmer, scripts written without spaces between words, so an
/// address word is glued to the place it names: Burmese puts the name before the word
/// (`လှိုင်သာယာမြို့နယ်`, Hlaing Tharyar township; `၂၈ လမ်း`, 28th street; `၅ ရပ်ကွက်`, ward 5;
/// `အမှတ် ၄၅`, number 45), Khmer after it (`ភូមិត្រពាំងវែង`, the village Trapeang Veng; `ឃុំ`,
/// commune; `ស្រុក`, district; `ខេត្ត`, province; `ផ្ទះលេខ ១២`, house number 12). The word and
/// the name (or number) beside it are masked together: the address whole.
///
/// Street-level words (street, ward, number) need a number beside them (ASCII or the script's
/// digits); administrative words (township, village, commune, district, province, region)
/// need a name of at least two letters glued to them.
///
/// - Complexity: O(n): one byte scan for the scripts' lead bytes, then (only when one is there)
///   one automaton pass and a bounded look beside each match.
extension AddressDetector {
  /// Where the name of an address word stands, and what it needs.
  struct GluedAddressWord {
    /// The name is glued before the word (Burmese) or after it (Khmer).
    let nameBefore: Bool
    /// Street-level: a number must stand beside the word (on the name's side, or after it for
    /// a number word).
    let needsNumber: Bool
  }

  /// The Burmese and Khmer address words.
  static let gluedAddressWords: [(String, GluedAddressWord)] = [
    // Burmese: street, ward, quarter (before a number); township, village, town, state, region
    ("လမ်း", GluedAddressWord(nameBefore: true, needsNumber: true)),
    ("ရပ်ကွက်", GluedAddressWord(nameBefore: true, needsNumber: true)),
    ("မြို့နယ်", GluedAddressWord(nameBefore: true, needsNumber: false)),
    ("ကျေးရွာ", GluedAddressWord(nameBefore: true, needsNumber: false)),
    ("ပြည်နယ်", GluedAddressWord(nameBefore: true, needsNumber: false)),
    ("တိုင်းဒေသကြီး", GluedAddressWord(nameBefore: true, needsNumber: false)),
    // Burmese `အမှတ်` (number) and Khmer house number and street: the number after them
    ("အမှတ်", GluedAddressWord(nameBefore: false, needsNumber: true)),
    ("ផ្ទះលេខ", GluedAddressWord(nameBefore: false, needsNumber: true)),
    ("ផ្លូវ", GluedAddressWord(nameBefore: false, needsNumber: true)),
    // Khmer village, commune, district, province, urban quarter and district
    ("ភូមិ", GluedAddressWord(nameBefore: false, needsNumber: false)),
    ("ឃុំ", GluedAddressWord(nameBefore: false, needsNumber: false)),
    ("ស្រុក", GluedAddressWord(nameBefore: false, needsNumber: false)),
    ("ខេត្ត", GluedAddressWord(nameBefore: false, needsNumber: false)),
    ("សង្កាត់", GluedAddressWord(nameBefore: false, needsNumber: false)),
    ("ខណ្ឌ", GluedAddressWord(nameBefore: false, needsNumber: false)),
  ]

  private static let gluedAutomaton = AhoCorasick(patterns: gluedAddressWords.map { Array($0.0.utf8) })

  /// The most letters a glued name holds.
  static let maxGluedNameScalars = 30

  /// Finds Burmese and Khmer address words and the names or numbers glued to them.
  func detectGluedScripts(_ bytes: UnsafeBufferPointer<UInt8>, into findings: inout [Finding]) {
    guard Self.hasBurmeseOrKhmer(bytes) else { return }
    Self.gluedAutomaton.forEachMatch(in: bytes) { match in
      let word = Self.gluedAddressWords[match.pattern].1
      let range = match.range
      if let span = gluedSpan(bytes, word: word, range: range) {
        findings.append(Finding(kind: .location, range: span, score: 0.75, detector: id, explanation: "address"))
      }
    }
  }

  /// Whether the text holds a Burmese (U+1000–U+109F: `E1 80`, `E1 81`, `E1 82`) or Khmer
  /// (U+1780–U+17FF: `E1 9E`, `E1 9F`) letter.
  ///
  /// Performance: ASCII text is skipped eight bytes at a time (as ``detectNative(_:into:)``
  /// does), so English text costs about one compare per eight bytes.
  static func hasBurmeseOrKhmer(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    var index = 0
    while index + 1 < bytes.count {
      while index + 8 <= bytes.count
        && UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        index += 8
      }
      guard index + 1 < bytes.count else { break }
      if bytes[index] == 0xE1 {
        let next = bytes[index + 1]
        if (0x80...0x82).contains(next) || next == 0x9E || next == 0x9F { return true }
      }
      index += 1
    }
    return false
  }

  /// Whether `scalar` is a letter or mark of Burmese or Khmer (not a digit, not punctuation).
  static func isGluedNameScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    guard (0x1000...0x109F).contains(value) || (0x1780...0x17FF).contains(value) else { return false }
    return scalar.properties.numericType == nil && !(0x104A...0x104F).contains(value)
      && !(0x17D4...0x17DA).contains(value)
  }

  /// The span of the address word at `range` with its name or number, or nil when what it
  /// needs is not beside it.
  private func gluedSpan(_ bytes: UnsafeBufferPointer<UInt8>, word: GluedAddressWord, range: Range<Int>) -> Range<Int>?
  {
    if word.nameBefore {
      // a number before, one space between at most (`၂၈ လမ်း`, `5 ရပ်ကွက်`)
      var end = range.lowerBound
      if end > 0 && bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
      var start = end
      while start > 0, let scalar = UTF8Scalars.scalar(bytes, before: start),
        scalar.properties.numericType == .decimal || (start < end && (scalar == "/" || scalar == "-"))
      {
        start = UTF8Scalars.previousStart(bytes, before: start)
      }
      if start < end { return start..<range.upperBound }
      guard !word.needsNumber else { return nil }
      // the name glued before (`လှိုင်သာယာမြို့နယ်`)
      var nameStart = range.lowerBound
      var scalars = 0
      while nameStart > 0, scalars < Self.maxGluedNameScalars,
        let scalar = UTF8Scalars.scalar(bytes, before: nameStart),
        Self.isGluedNameScalar(scalar)
      {
        nameStart = UTF8Scalars.previousStart(bytes, before: nameStart)
        scalars += 1
      }
      return scalars >= 2 ? nameStart..<range.upperBound : nil
    }
    // after the word: a number (one space between at most) or, for an administrative word, a
    // glued name
    var probe = range.upperBound
    if probe < bytes.count && bytes[probe] == UInt8(ascii: " ") { probe += 1 }
    var numberEnd = probe
    while numberEnd < bytes.count, let scalar = UTF8Scalars.scalar(bytes, at: numberEnd),
      scalar.properties.numericType == .decimal || (numberEnd > probe && (scalar == "/" || scalar == "-"))
    {
      numberEnd += UTF8.width(scalar)
    }
    if numberEnd > probe { return range.lowerBound..<numberEnd }
    guard !word.needsNumber else { return nil }
    var nameEnd = range.upperBound
    var scalars = 0
    while nameEnd < bytes.count, scalars < Self.maxGluedNameScalars,
      let scalar = UTF8Scalars.scalar(bytes, at: nameEnd),
      Self.isGluedNameScalar(scalar)
    {
      nameEnd += UTF8.width(scalar)
      scalars += 1
    }
    return scalars >= 2 ? range.lowerBound..<nameEnd : nil
  }
}
