/// Pseudonyms of phone numbers are computed from E.164, so `+91 98765 43210` and
/// `098765 43210` (region IN) get the same token.
package struct PhoneValueNormalizer: ValueNormalizer {
  let parser: PhoneNumberParser

  package init(regions: [String] = []) {
    parser = PhoneNumberParser(regions: regions)
  }

  /// The E.164 form of `value`, reading a national format with the regions its own digits'
  /// script points to first (`০১৭১২-৩৪৫৬৭৮` → Bangladesh).
  package func normalize(_ value: String) -> String {
    normalize(value, evidence: regions(of: value))
  }

  /// The E.164 form of `value` found in `text`: a national format is read with the regions the
  /// text points to first (the calling codes of its `+` numbers, its scripts, the language of
  /// its Latin words; see ``PhoneRegionEvidence``), so `01712-345678` in a Bangla record and `+8801712345678` get one
  /// pseudonym. The script of the value's own digits narrows the regions, and the text orders
  /// them: `९८४-१०६४४३१` in a Nepali record is Nepali, in a Hindi one Indian.
  package func normalize(_ value: String, in text: AnalysisText) -> String {
    let context = PhoneRegionEvidence.regions(in: text, parser: parser)
    let own = regions(of: value).enumerated().sorted { a, b in
      let (x, y) = (context.firstIndex(of: a.element) ?? Int.max, context.firstIndex(of: b.element) ?? Int.max)
      return x != y ? x < y : a.offset < b.offset
    }.map(\.element)
    return normalize(value, evidence: own + context.filter { !own.contains($0) })
  }

  /// The regions the scripts of the value's own digits point to.
  private func regions(of value: String) -> [String] {
    var copy = value
    return copy.withUTF8 { PhoneRegionEvidence.regions(in: $0, parser: parser) }
  }

  private func normalize(_ value: String, evidence: [String]) -> String {
    if let parsed = parser.parse(value, evidence: evidence) { return parsed.e164 }
    // Unparsed: the digits alone, so spacing and punctuation never split a pseudonym.
    var digits = ""
    for scalar in value.unicodeScalars {
      if let digit = PhoneDigits.value(scalar) { digits.unicodeScalars.append(Unicode.Scalar(digit + 0x30)) }
    }
    return digits
  }
}

/// `generalize` for phones keeps the calling code only: `[PHONE +91]`.
package struct PhoneGeneralizer: Generalizer {
  let parser: PhoneNumberParser

  package init(regions: [String] = []) {
    parser = PhoneNumberParser(regions: regions)
  }

  package func generalize(_ value: String, level: GeneralizationLevel, grid: Double?) -> String? {
    var copy = value
    let evidence = copy.withUTF8 { PhoneRegionEvidence.regions(in: $0, parser: parser) }
    guard let parsed = parser.parse(value, evidence: evidence) else { return nil }
    return "[PHONE +\(parsed.countryCode)]"
  }
}
