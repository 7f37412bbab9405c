import Testing

@testable import Redact

/// Identity-document and account numbers named as such are masked whole, in any of the forms
/// case notes write them; the same words with no number after them, or with a date, an amount
/// or a duration, leave the text alone.
@Suite struct IdentifierNumberDetectorTests {
  typealias Generator = AddressLayoutTests.Generator

  static let names = [
    "passport no.", "Passport No:", "passport number", "her passport number is", "NID:", "NID no.", "national ID no.",
    "ID card number", "citizenship no.", "Citizenship certificate no.", "A/C", "a/c no.", "account number",
    "bank account no.", "Aadhaar", "aadhar card no.", "PAN card no.", "KTP", "NIK", "CNIC #", "CCCD số", "CMND",
    "visa no.", "work permit no.", "পাসপোর্ট নং", "জাতীয় পরিচয়পত্র নম্বর", "पासपोर्ट नं.", "नागरिकता नं.",
    "หนังสือเดินทางเลขที่", "บัตรประชาชนเลขที่", "护照号码", "身份证号码", "パスポート番号", "여권번호", "주민등록번호",
  ]

  /// The number in one of the written forms.
  static func number(_ generator: inout Generator) -> String {
    switch generator.int(0...7) {
    case 0: return generator.pick(["K", "A", "EA", "BD", "P"]) + generator.digits(7)
    case 1: return generator.pick(["EA ", "AB "]) + generator.digits(7)
    case 2: return "\(generator.digits(4)) \(generator.digits(4)) \(generator.digits(4))"
    case 3: return "\(generator.digits(2))-\(generator.digits(2))-\(generator.digits(2))-\(generator.digits(5))"
    case 4: return generator.digits(generator.int(10...17))
    case 5: return generator.digits(17) + "X"
    case 6: return "\(generator.digits(6))-\(generator.digits(7))"
    default:
      // Bengali or Devanagari digits
      let zero: UInt32 = generator.int(0...1) == 0 ? 0x09E6 : 0x0966
      return String((0..<generator.int(8...13)).map { _ in Character(Unicode.Scalar(zero + UInt32(generator.int(0...9)))!) })
    }
  }

  static let frames = [
    ("The agent kept her ", " until March."), ("", ""), ("Documents: ", "; copy on file."), ("Note — ", ". Verified."),
    ("কাগজ: ", " জমা আছে।"), ("她说 ", " 在中介手里"),
  ]

  @Test func aNamedNumberIsMaskedWhole() {
    let detector = IdentifierNumberDetector()
    var generator = Generator(rng: SplitMix64(seed: 2311))
    var missed: [String] = []
    for index in 0..<500 {
      let name = generator.pick(Self.names)
      let number = Self.number(&generator)
      let (before, after) = Self.frames[index % Self.frames.count]
      let head = before + name + " "
      let findings = detector.findings(in: head + number + after)
      if !isMaskedWhole(number, at: head.utf8.count, by: findings) { missed.append(head + number + after) }
    }
    #expect(missed.count == 0, "\(missed.count) of 500 not masked whole, e.g. \(missed.prefix(4))")
  }

  /// Words that name a document followed by what is not its number, and numbers with no name.
  @Test func leavesDatesAmountsAndBareNumbersAlone() {
    let detector = IdentifierNumberDetector()
    var generator = Generator(rng: SplitMix64(seed: 2312))
    var touched: [String] = []
    for _ in 0..<400 {
      let word = generator.pick(["passport", "Passport", "account", "ID card", "visa", "NID", "citizenship", "A/C"])
      let text: String
      switch generator.int(0...6) {
      case 0: text = "Her \(word) expires \(generator.int(2025...2035))-0\(generator.int(1...9))-1\(generator.int(0...9))."
      case 1: text = "The \(word) cost \(generator.int(100...99999)) taka."
      case 2: text = "\(word) renewal takes \(generator.int(2...90)) days."
      case 3: text = "The \(word) was closed in \(generator.int(1990...2030))."
      case 4: text = "\(word) for \(generator.int(1...99)),\(generator.digits(3)) taka"
      case 5: text = "\(word) photos, \(generator.int(2...12)) copies"
      default: text = "Call her on \(generator.digits(10)) or ref \(generator.digits(8)) about the \(word)."
      }
      if !detector.findings(in: text).isEmpty { touched.append(text) }
    }
    #expect(touched.count == 0, "\(touched.count) of 400 touched, e.g. \(touched.prefix(4))")
  }
}
