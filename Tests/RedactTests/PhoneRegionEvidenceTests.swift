import Testing

@testable import Redact

/// One number, one normal form (so one pseudonym) in all its written forms: a national number
/// is read with the region its record points to (the script, another `+` number), not with
/// the first hinted region that accepts it.
@Suite struct PhoneRegionEvidenceTests {
  static func localDigits(_ text: String, zero: UInt32) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          guard let digit = PhoneDigits.value(scalar) else { return scalar }
          return Unicode.Scalar(zero + UInt32(digit))!
        }))
  }

  /// (calling code, national number without trunk, national form, record in the local script
  /// around `#`).
  static func sample(_ rng: inout SplitMix64) -> (code: String, national: String, written: String, record: String) {
    func d(_ n: Int) -> String { (0..<n).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined() }
    switch Int.random(in: 0..<3, using: &rng) {
    case 0:
      let national = "1\(Int.random(in: 3...9, using: &rng))\(d(8))"
      return ("880", national, "0\(national.prefix(4))-\(national.dropFirst(4))", "আমার ফোন নম্বর # দিয়েছিল")
    case 1:
      let national = "\(["8", "9", "6"].randomElement(using: &rng)!)\(Int.random(in: 1...9, using: &rng))\(d(7))"
      return ("66", national, "0\(national.prefix(2))-\(national.dropFirst(2).prefix(3))-\(national.dropFirst(5))", "โทร # ได้เลย")
    default:
      let national = "9\(Int.random(in: 7...8, using: &rng))\(d(8))"
      return ("977", national, national, "उसको फोन # हो")
    }
  }

  @Test func oneNumberHasOneNormalFormInAllItsForms() {
    let normalizer = PhoneValueNormalizer()
    let parser = PhoneNumberParser()
    var rng = SplitMix64(seed: 880)
    var wrong: [String] = []
    var tried = 0
    while tried < 300 {
      let sample = Self.sample(&rng)
      guard parser.parse("+" + sample.code + sample.national)?.quality == .valid else { continue }
      tried += 1
      let e164 = "+" + sample.code + sample.national
      let record = sample.record.replacingOccurrences(of: "#", with: sample.written)
      var bytes = Array(record.utf8)
      let inRecord = bytes.withUnsafeMutableBufferPointer { buffer in
        normalizer.normalize(sample.written, in: AnalysisText(bytes: UnsafeBufferPointer(buffer)))
      }
      // The same national form in Latin text beside another number of that country.
      let latin = "call \(sample.written) or +\(sample.code) \(sample.national)"
      var latinBytes = Array(latin.utf8)
      let besideCode = latinBytes.withUnsafeMutableBufferPointer { buffer in
        normalizer.normalize(sample.written, in: AnalysisText(bytes: UnsafeBufferPointer(buffer)))
      }
      let forms = [
        normalizer.normalize(e164), normalizer.normalize(sample.code + sample.national), inRecord, besideCode,
      ]
      if forms.contains(where: { $0 != e164 }) { wrong.append("\(record): \(forms)") }
    }
    #expect(wrong.isEmpty, "\(wrong.count) of 300 numbers with several normal forms, e.g. \(wrong.prefix(4))")
  }

  @Test func aNumberInLocalDigitsIsReadInItsScriptsRegion() {
    let normalizer = PhoneValueNormalizer()
    let parser = PhoneNumberParser()
    var rng = SplitMix64(seed: 881)
    var wrong: [String] = []
    var tried = 0
    while tried < 200 {
      let sample = Self.sample(&rng)
      guard sample.code != "977", parser.parse("+" + sample.code + sample.national)?.quality == .valid else { continue }
      tried += 1
      let local = Self.localDigits(sample.written, zero: sample.code == "880" ? 0x09E6 : 0x0E50)
      let form = normalizer.normalize(local)
      if form != "+" + sample.code + sample.national { wrong.append("\(local) → \(form)") }
    }
    #expect(wrong.isEmpty, "\(wrong.count) of 200, e.g. \(wrong.prefix(4))")
  }
}
