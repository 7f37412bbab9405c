/// Phone numbers glued to the word before them (a new user's probe, session 36): contact lists
/// and case forms of the region write `Rina(01712345678)`, `rina:01712345678`,
/// `Sumon-01812345678` and `Mob-9876543210`, `phone_9876543210`. A digit run glued to a word by
/// code punctuation is usually a code (`INV-2024`, `AI319`), so the glue counts only where the
/// digits say phone: after a phone label (``PhoneNumberDetector/endsWithPhoneLabel(_:at:)``),
/// or when they are a national number written with its trunk prefix, ten digits or more
/// (``isGluedTrunkMobile(_:)``).
extension PhoneNumberDetector {
  /// Whether `candidate`, without a `+`, is a national number of ten to thirteen digits written
  /// with its trunk prefix (`01712345678`, `0812345678`, `09171234567`) that some plan of the
  /// parser holds valid.
  func isGluedTrunkMobile(_ candidate: PhoneCandidate) -> Bool {
    guard !candidate.hasPlus, (10...13).contains(candidate.digits.count), candidate.digits[0] == 0 else { return false }
    return parser.nationalPlan(for: candidate.digits)?.stripped == true
  }

  /// Whether the text before `end` ends with a number word (`CaseNo`, `Roll No`, `Ref no.`,
  /// `Nr`, `#`): glued to another word's number word a mobile-shaped run is that word's
  /// number (``PhoneGluedLabelTests``), while a name before it (`Bruno:`, `rina:`) is none.
  static func endsWithNumberWord(_ bytes: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
    var end = end
    if end > 0 && bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
    guard end >= 1 else { return false }
    if bytes[end - 1] == UInt8(ascii: "#") { return true }
    guard end >= 2 else { return false }
    let (first, second) = (bytes[end - 2], ASCIIByte.lower(bytes[end - 1]))
    guard second == UInt8(ascii: "o") || second == UInt8(ascii: "r") else { return false }
    // `No` with a capital (`CaseNo`, `Roll No`), or `no` as a word of its own.
    return first == UInt8(ascii: "N")
      || first == UInt8(ascii: "n") && (end == 2 || !ASCIIByte.isLetter(bytes[end - 3]))
  }
}
