/// Pseudonyms of phone numbers are computed from E.164, so `+91 98765 43210` and
/// `098765 43210` (region IN) get the same token.
public struct PhoneValueNormalizer: ValueNormalizer {
  let parser: PhoneNumberParser

  public init(regions: [String] = []) {
    parser = PhoneNumberParser(regions: regions)
  }

  public func normalize(_ value: String) -> String {
    if let parsed = parser.parse(value) { return parsed.e164 }
    // Unparsed: the digits alone, so spacing and punctuation never split a pseudonym.
    var digits = ""
    for scalar in value.unicodeScalars {
      if let digit = PhoneDigits.value(scalar) { digits.unicodeScalars.append(Unicode.Scalar(digit + 0x30)) }
    }
    return digits
  }
}

/// `generalize` for phones keeps the calling code only: `[PHONE +91]`.
public struct PhoneGeneralizer: Generalizer {
  let parser: PhoneNumberParser

  public init(regions: [String] = []) {
    parser = PhoneNumberParser(regions: regions)
  }

  public func generalize(_ value: String, level: GeneralizationLevel, grid: Double?) -> String? {
    guard let parsed = parser.parse(value) else { return nil }
    return "[PHONE +\(parsed.countryCode)]"
  }
}
