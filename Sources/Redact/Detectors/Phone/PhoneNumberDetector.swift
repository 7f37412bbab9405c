/// Finds phone numbers of every region in the ways people write them.
///
/// Candidates are runs of digits (ASCII, full-width, Devanagari, Bengali, Thai, Lao, Khmer,
/// Myanmar, Arabic-Indic, Persian …) with spaces, dashes, dots and parentheses between them and
/// an optional `+`. Each is interpreted with libphonenumber's numbering plans:
///
/// | form | score |
/// |---|---|
/// | `+cc …` matching the region's pattern | 0.95 |
/// | `00cc …` or a hinted region's international prefix, valid | 0.9 |
/// | national with its trunk prefix (`098765 43210` in IN), valid | 0.8 |
/// | national without trunk prefix, ≥ 8 digits, valid | 0.65 |
/// | `+cc` with a possible length only | 0.75; any other `+cc` of 4+ digits: 0.55 |
/// | digits only with a calling code (`918123456789`), valid | 0.45 |
/// | other runs of ≥ 7 digits | 0.3 |
/// | in strict mode, anything with ≥ 7 digits | at least 0.5 |
///
/// Context words (tel, WhatsApp, โทร, 電話 …) raise weak candidates through the analyzer.
/// Dates, times, prices, IPv4 addresses, decimals, year ranges, ISBNs, codes glued to letters
/// (`INV-2024-…`, `AI319`) and `#`-numbers are rejected; words such as "order", "invoice", "PIN"
/// right before a number lower its score.
///
/// - Complexity: O(n) over the text; numbering-plan patterns run only on candidates.
public struct PhoneNumberDetector: Detector {
  public let id = "phone"
  public let parser: PhoneNumberParser
  public let mode: DetectionMode

  public init(regions: [String] = [], mode: DetectionMode = .balanced) {
    parser = PhoneNumberParser(regions: regions)
    self.mode = mode
  }

  /// Words that, right before a number, mean it is something else.
  static let negativeWords: [String] = [
    "order", "invoice", "inv", "case", "ref", "reference", "id", "transaction", "txn", "account", "acct", "otp",
    "pin", "isbn", "passport", "flight", "serial", "tracking", "awb", "receipt", "room", "floor", "building",
    "population", "salary", "price", "score", "version", "ver", "fir", "batch", "amount", "total", "sku", "zip",
    "postcode", "pincode", "nid", "aadhaar", "ssn",
  ]
  /// Phone words that cancel a negative word in the same window ("order by phone: …").
  static let phoneWords: [String] = [
    "tel", "tel.", "phone", "call", "mobile", "mob", "cell", "whatsapp", "wa", "viber", "line", "telegram",
    "contact", "number", "sms", "text", "ph", "hotline", "fax", "hp", "nomor", "telp", "telepon", "hubungi",
  ]

  public func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let bytes = text.bytes
    let count = bytes.count
    var index = 0
    while index < count {
      let byte = bytes[index]
      // Fast skip: most bytes cannot start a number.
      if byte < 0x80 {
        guard ASCIIByte.isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "(") else {
          index += 1
          continue
        }
      } else {
        let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
        guard PhoneDigits.value(scalar) != nil || scalar == "\u{FF0B}" || scalar == "\u{FF08}" else {
          index += length
          continue
        }
      }
      guard let candidate = PhoneCandidate.scan(bytes, from: index) else {
        index += 1
        continue
      }
      let next = max(candidate.range.upperBound, index + 1)
      if isAtBoundary(candidate, in: bytes), let finding = evaluate(candidate, in: bytes) {
        findings.append(finding)
      }
      // Skip the whole run (digits included) so a rejected run is not re-scanned from inside.
      index = next
      while index < count, let scalar = UTF8Scalars.scalar(bytes, at: index), PhoneDigits.value(scalar) != nil {
        index += UTF8Scalars.sequenceLength(lead: bytes[index])
      }
    }
  }

  /// Numbers glued to Latin letters or code punctuation (`AI319`, `INV-2024`, `#123`, `560/2023`)
  /// or to currency signs and `%` are not phone numbers.
  private func isAtBoundary(_ candidate: PhoneCandidate, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = candidate.range.lowerBound
    if let before = UTF8Scalars.scalar(bytes, before: start) {
      if isLatinLetterOrDigit(before) || before.properties.generalCategory == .currencySymbol { return false }
      if before == "#" || before == "_" || before == "@" || before == "$" { return false }
      if before == "-" || before == "/" || before == "." || before == ":" {
        let previousStart = UTF8Scalars.previousStart(bytes, before: start)
        if let earlier = UTF8Scalars.scalar(bytes, before: previousStart), isLatinLetterOrDigit(earlier),
          !(before == ":" && isSchemeTel(bytes, endingAt: previousStart))
        {
          return false
        }
      }
    }
    if let after = UTF8Scalars.scalar(bytes, at: candidate.range.upperBound) {
      if after == "%" || after == "/" || after.properties.generalCategory == .currencySymbol { return false }
      if isLatinLetterOrDigit(after) && extensionEnd(bytes, at: candidate.range.upperBound) == nil { return false }
    }
    return true
  }

  private func isSchemeTel(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Bool {
    guard end >= 3 else { return false }
    return (bytes[end - 3] | 0x20) == UInt8(ascii: "t") && (bytes[end - 2] | 0x20) == UInt8(ascii: "e")
      && (bytes[end - 1] | 0x20) == UInt8(ascii: "l")
  }

  /// The end of an extension written right after a number ("x204", " ext. 12", " extn 7").
  func extensionEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    var i = index
    while i < bytes.count && bytes[i] == UInt8(ascii: " ") && i - index < 2 { i += 1 }
    var letters: [UInt8] = []
    while i < bytes.count && ASCIIByte.isLetter(bytes[i]) && letters.count < 10 {
      letters.append(bytes[i] | 0x20)
      i += 1
    }
    guard ["x", "ext", "extn", "extension"].contains(String(decoding: letters, as: UTF8.self)) else { return nil }
    if i < bytes.count && (bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ":")) { i += 1 }
    while i < bytes.count && bytes[i] == UInt8(ascii: " ") && letters.count > 1 { i += 1 }
    let digitsStart = i
    while i < bytes.count && ASCIIByte.isDigit(bytes[i]) && i - digitsStart < 6 { i += 1 }
    return i > digitsStart ? i : nil
  }

  @inline(__always)
  private func isLatinLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x80 { return ASCIIByte.isAlphanumeric(UInt8(v)) }
    return (v < 0x0250 || (0x1E00...0x1EFF).contains(v)) && scalar.properties.isAlphabetic
  }

  private func evaluate(_ candidate: PhoneCandidate, in bytes: UnsafeBufferPointer<UInt8>) -> Finding? {
    let digits = candidate.digits
    guard !candidate.tooLong, digits.count >= 5 else { return nil }
    guard !looksLikeSomethingElse(candidate, in: bytes) else { return nil }
    var score: Double
    var reason: String
    if candidate.hasPlus {
      guard let parsed = parser.parseInternational(digits) else { return nil }
      switch parsed.quality {
      case .valid: (score, reason) = (0.95, "international")
      case .possibleLength: (score, reason) = (0.75, "international-length")
      case .plausible: (score, reason) = (0.55, "international-plausible")
      }
    } else if let parsed = parser.parseWithInternationalPrefix(digits), parsed.quality == .valid {
      (score, reason) = (0.9, "idd")
    } else if let parsed = parser.parseNational(digits) {
      if parsed.strippedNationalPrefix && digits.count >= 7 {
        (score, reason) = (0.8, "national-trunk")
      } else if digits.count >= 8 {
        (score, reason) = (0.65, "national")
      } else {
        (score, reason) = (0.35, "national-short")
      }
    } else if digits.count >= 10, let parsed = parser.parseInternational(digits), parsed.quality == .valid {
      (score, reason) = (0.45, "digits-with-country-code")
    } else if digits.count >= 7 {
      (score, reason) = (mode == .strict ? 0.5 : 0.3, "digit-run")
    } else {
      return nil
    }
    // Strict mode (publishing): any run of seven or more digits is masked unless context says
    // it is something else.
    if mode == .strict && digits.count >= 7 { score = max(score, 0.5) }
    if hasNegativeContext(before: candidate.range.lowerBound, in: bytes) {
      score -= candidate.hasPlus ? 0.2 : 0.45
      reason += ";negative-context"
    }
    guard score > 0 else { return nil }
    // An extension belongs to the number: mask it too.
    var range = candidate.range
    if let end = extensionEnd(bytes, at: range.upperBound) {
      range = range.lowerBound..<end
      reason += ";extension"
    }
    return Finding(kind: .phone, range: range, score: score, detector: id, explanation: reason)
  }

  /// Dates, year ranges, IPv4 addresses, decimals and ISBNs.
  private func looksLikeSomethingElse(_ candidate: PhoneCandidate, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let groups = candidate.groups
    let digits = candidate.digits
    func value(_ group: Int) -> Int {
      let start = groups[..<group].reduce(0, +)
      return digits[start..<(start + groups[group])].reduce(0) { $0 * 10 + Int($1) }
    }
    func digitAt(group: Int) -> UInt8 { digits[groups[..<group].reduce(0, +)] }
    var isCoordinatePair: Bool {
      Self.isDecimal(bytes, before: candidate.range.lowerBound)
        || Self.isDecimal(bytes, after: candidate.range.upperBound)
    }
    let onlyDotsOrDashes = candidate.spaces == 0 && !candidate.hasPlus
    // 2024-03-14, 14.03.2024, 3-14-24
    if onlyDotsOrDashes && groups.count == 3 {
      let isYear: (Int) -> Bool = { groups[$0] == 4 || groups[$0] == 2 }
      if groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2 && (1...12).contains(value(1))
        && (1...31).contains(value(2))
      {
        return true
      }
      if groups[0] <= 2 && groups[1] <= 2 && isYear(2) {
        let a = value(0)
        let b = value(1)
        if ((1...31).contains(a) && (1...12).contains(b)) || ((1...12).contains(a) && (1...31).contains(b)) {
          return true
        }
      }
    }
    // 1987-2023
    if onlyDotsOrDashes && groups == [4, 4] && (1900...2100).contains(value(0)) && (1900...2100).contains(value(1)) {
      return true
    }
    // 192.168.1.20 (IPv4: four groups of at most 255, no leading zeros)
    if candidate.dots == 3 && candidate.dashes == 0 && candidate.spaces == 0 && !candidate.hasPlus && groups.count == 4
      && (0..<4).allSatisfy({ groups[$0] <= 3 && value($0) <= 255 && (groups[$0] == 1 || digitAt(group: $0) != 0) })
    {
      return true
    }
    // Decimals: 5752.32, 21.3 (money and statistics keep at most two decimals) and coordinate
    // pairs "23.808267, 117.161048". Single-dot phone numbers (6126.5758, 074104.10123) stay.
    if candidate.dots == 1 && candidate.dashes == 0 && candidate.spaces == 0 && !candidate.hasPlus && groups.count == 2
    {
      if groups[1] <= 2 || (groups[0] <= 3 && isCoordinatePair) { return true }
    }
    // ISBN-13
    if digits.count == 13 && candidate.dashes >= 3 && digits.starts(with: [9, 7]) && (digits[2] == 8 || digits[2] == 9)
    {
      return true
    }
    return false
  }

  /// Whether ", 117.16" (a decimal after a comma) follows `index`.
  static func isDecimal(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
    var i = index
    guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return false }
    i += 1
    while i < bytes.count && bytes[i] == UInt8(ascii: " ") { i += 1 }
    if i < bytes.count && bytes[i] == UInt8(ascii: "-") { i += 1 }
    let start = i
    while i < bytes.count && ASCIIByte.isDigit(bytes[i]) { i += 1 }
    return i > start && i < bytes.count && bytes[i] == UInt8(ascii: ".") && i + 1 < bytes.count
      && ASCIIByte.isDigit(bytes[i + 1])
  }

  /// Whether "23.80, " (a decimal then a comma) precedes `index`.
  static func isDecimal(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
    var i = index - 1
    while i >= 0 && bytes[i] == UInt8(ascii: " ") { i -= 1 }
    guard i >= 0, bytes[i] == UInt8(ascii: ",") else { return false }
    i -= 1
    let end = i
    while i >= 0 && ASCIIByte.isDigit(bytes[i]) { i -= 1 }
    return i < end && i >= 1 && bytes[i] == UInt8(ascii: ".") && ASCIIByte.isDigit(bytes[i - 1])
  }

  private func hasNegativeContext(before start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let lower = max(0, start - 28)
    var words: [String] = []
    var current: [UInt8] = []
    for index in lower..<start {
      let b = bytes[index]
      if ASCIIByte.isLetter(b) || (b == UInt8(ascii: ".") && !current.isEmpty) {
        current.append(ASCIIByte.lower(b))
      } else if ASCIIByte.isDigit(b) {
        // Another number stands between: the words before it describe that number.
        words.removeAll()
        current.removeAll(keepingCapacity: true)
      } else {
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        current.removeAll(keepingCapacity: true)
      }
    }
    if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
    // The two words nearest the number decide: a negative word there, and no phone word.
    let nearest = words.suffix(2).map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
    if nearest.contains(where: { Self.phoneWords.contains($0) }) { return false }
    return nearest.contains { Self.negativeWords.contains($0) }
  }
}
