import Foundation
import Testing

@testable import Redact

/// Number phrases of a kind rather than of a list (issue 15; phone set 10's false phones, now
/// tuned on): Persian `شماره` before any noun but a phone's, the noun before Urdu, Sindhi and
/// Pashto `نمبر`/`شمیره`, a code word, and Arabic in Latin letters (`ra8m el …`, `… ra8m`,
/// `… hatha ra8m el …`) name an identifier; a phone word with a Dravidian ending
/// (`ಸಂಪರ್ಕಿಸಿ`, `தொடர்புக்கு`) is a phone word. The nouns are made-up words no list holds.
/// Guards: phone nouns, pronouns and `new` before or after the number word stay phones.
@Suite struct PhoneNumberPhrasesOfTheRegionTests {
  /// A made-up noun of two to four letters of the script's alphabet (`letters`), never a word of
  /// the phone or neutral lists.
  static func noun(_ letters: [String], _ rng: inout SplitMix64) -> String {
    while true {
      let word = (0..<Int.random(in: 3...5, using: &rng)).map { _ in letters.randomElement(using: &rng)! }.joined()
      if !ArabicNumberPhrase.phoneNouns.contains(word) && !ArabicNumberPhrase.neutralWords.contains(word)
        && !ArabicNumberPhrase.heads.contains(word) && !ArabicNumberPhrase.codeWords.contains(word)
        && !ArabiziNumberPhrase.phoneNouns.contains(word) && !ArabiziNumberPhrase.functionWords.contains(word)
        && !ArabiziNumberPhrase.heads.contains(word)
      {
        return word
      }
    }
  }

  static let arabicLetters = "ابپتثجچحخدذرزسشصضطظعغفقکگلمنوهی".map(String.init)
  static let latinLetters = "abdefghiklmnrstuwyz".map(String.init)

  /// Texts of `label(noun)` before a mobile-shaped number (Pakistani `030…`), in frames.
  static func labelled(_ label: (String) -> String, letters: [String], count: Int, seed: UInt64, masked: Bool) throws -> [String] {
    var rng = SplitMix64(seed: seed)
    let labels = (0..<count).map { _ in label(noun(letters, &rng)) }
    return try PhoneLabelKindsOfTheRegionTests.texts([("ur", labels)], count: count, seed: seed &+ 1, masked: masked)
  }

  @Test func persianNumberWordBeforeAnyNounButAPhoneNamesNoPhone() throws {
    let touched = try Self.labelled({ "شماره \($0)" }, letters: Self.arabicLetters, count: 150, seed: 0x33A1, masked: true)
    #expect(touched.isEmpty, "\(touched.count) of 150 labelled numbers masked as phones, e.g. \(touched.prefix(5))")
  }

  @Test func nounBeforeUrduSindhiAndPashtoNumberWordNamesNoPhone() throws {
    var rng = SplitMix64(seed: 0x33A2)
    let shapes: [(String) -> String] = [{ "\($0) نمبر" }, { "د \($0) شمیره" }, { "\($0) نمبر:" }, { "کد \($0)" }, { "د \($0) کوډ" }]
    let touched = try Self.labelled(
      { shapes.randomElement(using: &rng)!($0) }, letters: Self.arabicLetters, count: 200, seed: 0x33A3, masked: true)
    #expect(touched.isEmpty, "\(touched.count) of 200 labelled numbers masked as phones, e.g. \(touched.prefix(5))")
  }

  /// Guard: phone nouns, pronouns and `new` beside the number words.
  @Test func numberWordsOfAPhoneAPersonOrANewNumberStayPhones() throws {
    let labels = [
      "شماره تماس", "شماره موبایل", "شماره واتس‌اپ", "شماره تلفن همراه", "شماره من", "شماره جدید", "فون نمبر", "موبائل نمبر",
      "واٹس ایپ نمبر", "رابطہ نمبر", "میرا نمبر", "بھائی کا نمبر", "نیا نمبر", "د تلیفون شمیره", "زما شمیره", "فون نمبر:",
      "ڪال ڪريو", "سیل نمبر",
    ]
    let missed = try PhoneLabelKindsOfTheRegionTests.texts([("ur", labels)], count: 200, seed: 0x33A4, masked: false)
    #expect(missed.isEmpty, "\(missed.count) of 200 phones missed, e.g. \(missed.prefix(5))")
  }

  @Test func arabiziNumberWordBeforeOrAfterAnyNounButAPhoneNamesNoPhone() throws {
    var rng = SplitMix64(seed: 0x33A5)
    let before: [(String) -> String] = [{ "ra8m el \($0)" }, { "ra2m \($0)" }, { "\($0) ra8m" }, { "raqm el \($0) el jadeed" }, { "ramz el \($0)" }]
    let touched = try Self.labelled(
      { before.randomElement(using: &rng)!($0) }, letters: Self.latinLetters, count: 150, seed: 0x33A6, masked: true)
    #expect(touched.isEmpty, "\(touched.count) of 150 labelled numbers masked as phones, e.g. \(touched.prefix(5))")
    // The phrase after the number.
    var values: [(String, String)] = []
    for _ in 0..<100 {
      let number = PhoneLabelKindsOfTheRegionTests.mobileShaped("ur", &rng)
      let after = ["hatha ra8m el", "ra8m el", "da ra2m", "hada raqm"].randomElement(using: &rng)!
      values.append(("msg: \(number) \(after) \(Self.noun(Self.latinLetters, &rng)) ok", number))
    }
    let touchedAfter = try PhoneLabelsAcrossScriptsTests.check(values, masked: true)
    #expect(touchedAfter.isEmpty, "\(touchedAfter.count) of 100 numbers labelled after them masked, e.g. \(touchedAfter.prefix(5))")
  }

  /// Guard: the number of a mobile or a messenger, and prepositions, in Latin-letter Arabic.
  @Test func arabiziNumberOfAPhoneStaysAPhone() throws {
    // (`ra8m` alone is left out: glued to a colon, `ra8m:05…`, it is rejected as `no:05…` is.)
    let labels = ["ra8m jawali", "ra8m el jawal", "jawal ra8m", "kalmni 3la ra8m", "ra2m el whatsapp", "ra8mi", "wts ra8m"]
    let missed = try PhoneLabelKindsOfTheRegionTests.texts([("ur", labels)], count: 150, seed: 0x33A7, masked: false)
    #expect(missed.isEmpty, "\(missed.count) of 150 phones missed, e.g. \(missed.prefix(5))")
  }

  /// The first code points of the Dravidian blocks (Tamil, Telugu, Kannada, Malayalam).
  static let dravidianBlocks: [UInt32] = [0x0B80, 0x0C00, 0x0C80, 0x0D00]

  /// A phone word with a Dravidian ending glued to it, after an identifier label one word
  /// before (`ವಿದ್ಯುತ್ ಬಿಲ್ — ಸಂಪರ್ಕಿಸಿ → …`, phone set 10's two lost records' shape): a phone.
  @Test func phoneWordsWithADravidianEndingArePhoneWords() throws {
    var rng = SplitMix64(seed: 0x33A8)
    let analyzer = try RedactionEngine(policy: Policy(name: "test")).analyzer
    let stems = ["संपर्क", "फोन", "मोबाइल"]
    let endings = ["िसि", "िगे", "ुक्कु", "िल", "ाक्कुक", "ु"]
    var missed: [String] = []
    var checked = 0
    while checked < 150 {
      let base = Self.dravidianBlocks.randomElement(using: &rng)!
      guard let word = PhoneLabelsAcrossScriptsTests.transliterated(stems.randomElement(using: &rng)! + endings.randomElement(using: &rng)!, to: base),
        let label = PhoneLabelsAcrossScriptsTests.transliterated("बिल", to: base)
      else { continue }
      checked += 1
      let number = PhoneLabelKindsOfTheRegionTests.mobileShaped("hi", &rng)
      let text = "\(label) — \(word)\([" → ", ": ", " "].randomElement(using: &rng)!)\(number)"
      let start = text.utf8.distance(from: text.startIndex, to: text.range(of: number)!.lowerBound)
      let found = analyzer.analyze(text).contains { $0.kind == .phone && $0.range.lowerBound <= start && $0.range.upperBound > start }
      if !found { missed.append(text) }
    }
    #expect(missed.isEmpty, "\(missed.count) of 150 phones missed, e.g. \(missed.prefix(5))")
  }
}
