/// Whether a bare run of digits (one group: no space, dash, dot, bracket or `+`) that reads as a
/// national number only *without* a trunk prefix is a phone number of a region the text supports.
///
/// Any eight to ten digits are a valid national number somewhere among the hinted plans: a Free
/// Fire id `2171179258` is a US number, a booking confirmation `8791731751` or a seafarer's book
/// `382377132` another region's, a Bengali chassis number `৩৩৮৮৫৯৮৮৪৬` an Indian landline
/// without its `0`. People write a phone number bare and without its trunk prefix only where that
/// is the number's national form: a mobile of India, Nepal or China (`9876543210`,
/// `9841234567`, `13812345678`), or any number of a plan without a trunk prefix in use (Hong
/// Kong, Singapore, North America). Elsewhere the trunk `0` is written (`0812…`, `0171…`), or
/// the calling code (`8801712345678`, read after this by the code-without-`+` rule).
///
/// So such a reading counts (the detector's 0.65) only for a region whose plan writes its numbers
/// so (a format without the trunk prefix: ``NationalGroupings/writesWithoutPrefix(region:national:)``,
/// or an Indian, Nepali or Chinese mobile, any ten digits from 6 to 9 for India) **and** that the text around the number does not
/// contradict: the text points to it (``PhoneRegionEvidence``: the scripts of the letters and of
/// the number's own digits, the calling codes of `+` numbers, wallet names), or to no region at
/// all (English, Latin letters alone), or holds letters of a script of no hinted region
/// (Cyrillic, Tibetan: a region without a plan here); or the policy hints the region. The
/// detector also keeps the reading after a phone word (`imo`, `cellphone`, `ফোন`). Otherwise
/// the run is read as the detector's other readings would read it (a calling code without `+`,
/// or a plain digit run, 0.3, which a context word can still raise), and strict mode masks it
/// anyway.
///
/// Grouped numbers (`5313 0990`, `(201) 225-8132`, `98415 09681`) are left as they were: a
/// written grouping is itself a sign of a phone number, and other rules read it.
///
/// - Complexity: O(p) plan checks for p hinted plans, plus one look at ``window`` bytes on each
///   side of the number for the evidence, only for bare runs that reach this reading.
enum BareNationalSupport {
  /// Regions whose mobiles are written bare, without a trunk prefix, as their national form.
  static let bareMobileRegions: Set<String> = ["IN", "NP", "CN"]

  /// Bytes looked at on each side of the number for the regions the text points to.
  static let window = 192

  /// Whether `candidate`, read as a national number without a trunk prefix, may be a phone
  /// number: always for a grouped or `+` candidate; for a bare run, see the type's
  /// documentation.
  static func isSupported(
    _ candidate: PhoneCandidate, parser: PhoneNumberParser, hinted: Set<String>, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard candidate.groups.count == 1, !candidate.hasPlus, candidate.dots == 0, candidate.dashes == 0,
      candidate.spaces == 0
    else { return true }
    let digits = candidate.digits
    var evidence: (regions: [String], unknownScript: Bool)?
    for plan in parser.nationalPlans where plan.isValid(digits) {
      if hinted.contains(plan.region) { return true }
      let writtenBare =
        plan.nationalPrefix.isEmpty || plan.countryCode == 1
        || digits.withUnsafeBufferPointer { national in
          NationalGroupings.writesWithoutPrefix(region: plan.region, national: national)
            || (bareMobileRegions.contains(plan.region)
              && NationalGroupings.isMobile(region: plan.region, national: national))
            || (plan.region == "IN" && Self.hasIndianMobileShape(national))
        }
      guard writtenBare else { continue }
      let around = evidence ?? regionsAround(candidate.range, in: bytes, parser: parser)
      evidence = around
      // Letters of a script no hinted plan's region writes (Cyrillic, Tibetan …): the number is
      // likely of a region without a plan here, read as before (recall first).
      if around.unknownScript { return true }
      // Text without any evidence (English, Latin letters alone) contradicts no region.
      if around.regions.isEmpty || around.regions.contains(plan.region) { return true }
    }
    return false
  }

  /// Whether `national` (digit values) has the shape of an Indian mobile: ten digits starting 6
  /// to 9. The numbering plan gives mobiles all of 6–9; libphonenumber's mobile pattern leaves
  /// out series not yet allotted (`64…`, `79…`), which people still write bare, and which were
  /// masked before this check existed (recall first).
  static func hasIndianMobileShape(_ national: UnsafeBufferPointer<UInt8>) -> Bool {
    national.count == 10 && (6...9).contains(national[0])
  }

  /// The regions the text within ``window`` bytes of `range` points to (the window widened to
  /// whole UTF-8 sequences), and whether it holds letters of a script beyond Latin that points to
  /// none of them (``PhoneRegionEvidence/regions(ofScalar:)``).
  static func regionsAround(
    _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, parser: PhoneNumberParser
  ) -> (regions: [String], unknownScript: Bool) {
    var lower = max(0, range.lowerBound - window)
    while lower > 0 && bytes[lower] & 0xC0 == 0x80 { lower -= 1 }
    var upper = min(bytes.count, range.upperBound + window)
    while upper < bytes.count && bytes[upper] & 0xC0 == 0x80 { upper += 1 }
    let text = UnsafeBufferPointer(rebasing: bytes[lower..<upper])
    var unknownScript = false
    var index = 0
    while index < text.count && !unknownScript {
      guard text[index] >= 0x80 else {
        index += 1
        continue
      }
      let (scalar, length) = UTF8Scalars.decode(text, at: index)
      let v = scalar.value
      let latin = v < 0x0250 || (0x1E00...0x1EFF).contains(v)
      unknownScript =
        !latin && scalar.properties.isAlphabetic && PhoneRegionEvidence.regions(ofScalar: v) == nil
        && !(0x0300...0x036F).contains(v)
      index += length
    }
    return (PhoneRegionEvidence.regions(in: text, parser: parser), unknownScript)
  }
}
