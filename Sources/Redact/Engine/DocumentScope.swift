/// The names, handles, phone numbers and e-mail addresses that a document's structure states
/// outright — chat authors and participants, mentions, people tags, account names — learnt
/// before the document is rewritten, and masked wherever they recur in any of its values (or,
/// for an archive, of any of its members).
///
/// Structure makes these certain where detection can only guess: a chat author's name in a
/// later message, a mentioned account written without `@`. A person's name is learnt whole and
/// by its words (those a `RecurrencePass` would mask: not titles, not ordinary words, at
/// least three letters), so `Lê Huyền` also masks a later `Huyền`.
public struct DocumentScope: Sendable, Equatable {
  /// The kinds whose values are learnt.
  package static let learntKinds: Set<EntityKind> = [.person, .handle, .phone, .email]

  /// Learnt terms in the order first seen (so the detector is built deterministically).
  package private(set) var entries: [DenyListDetector.Entry] = []
  /// ``entries`` as a set, once there are more than ``linearEntries`` of them (before, a new
  /// entry is compared with each one).
  ///
  /// Performance (issue 16, session 36): a post learns about 11 terms, and growing a
  /// `Set<Entry>` for them (hashing each term's string, rehashing at each growth) cost 15.2M of
  /// 1,216M instructions on 600 KB of posts; a look along a dozen entries compares their
  /// strings, and `==` is what the set's members are compared with too.
  private var seen: Set<DenyListDetector.Entry> = []
  private static let linearEntries = 24
  /// The values learnt so far, as given: learning one again adds nothing (what is learnt is a
  /// function of the value and kind), so a chat's author is worked out once, not per message.
  private var learnt: Set<LearntValue> = []

  private struct LearntValue: Hashable, Sendable {
    var bytes: [UInt8]
    var kind: EntityKind
  }

  /// An empty scope: nothing learnt yet.
  public init() {}

  /// Whether nothing was learnt.
  public var isEmpty: Bool { entries.isEmpty }

  /// Learns one value stated by the structure to be of `kind` (ignored for other kinds).
  package mutating func learn(_ value: UnsafeBufferPointer<UInt8>, as kind: EntityKind, recurrence: RecurrencePass?) {
    learn(value, as: kind) { Self.terms(learning: $0, as: kind, recurrence: recurrence) }
  }

  /// Learns one value stated by the structure to be of `kind` (ignored for other kinds), with
  /// the terms it teaches worked out by `terms`: ``terms(learning:as:recurrence:)`` or a memo of
  /// it (``LearntTermsMemo``).
  mutating func learn(
    _ value: UnsafeBufferPointer<UInt8>, as kind: EntityKind,
    terms: (UnsafeBufferPointer<UInt8>) -> [DenyListDetector.Entry]
  ) {
    guard Self.learntKinds.contains(kind) else { return }
    guard learnt.insert(LearntValue(bytes: Array(value), kind: kind)).inserted else { return }
    for entry in terms(value) { add(entry) }
  }

  /// The terms that learning `value` as `kind` (one of ``learntKinds``) adds, in order: a
  /// function of the value, its kind and the recurrence pass alone, so a memo may keep them.
  static func terms(
    learning value: UnsafeBufferPointer<UInt8>, as kind: EntityKind, recurrence: RecurrencePass?
  ) -> [DenyListDetector.Entry] {
    var terms: [DenyListDetector.Entry] = []
    var text = String(decoding: value, as: UTF8.self).trimmingWhitespace()
    if kind == .handle {
      while text.hasPrefix("@") { text.removeFirst() }
    }
    // One- and two-letter values ("A", "Li" as a bare handle) would mask too much text.
    guard text.unicodeScalars.filter({ $0.properties.isAlphabetic || $0.properties.numericType != nil }).count >= 2
    else { return terms }
    terms.append(DenyListDetector.Entry(term: text, kind: kind))
    guard kind == .person else { return terms }
    // Korean, Chinese and Japanese names are written without a space between family and given
    // name (김민지, 王小明, 佐藤花子), and friends write the given name alone (민지야): learn its
    // last two characters too.
    let scalars = Array(text.unicodeScalars)
    if (3...4).contains(scalars.count), scalars.allSatisfy(Self.isHangulOrHan) {
      terms.append(DenyListDetector.Entry(term: String(String.UnicodeScalarView(scalars.suffix(2))), kind: .person))
    }
    // User names, file names and chat folders write a name's words run together (`rahimuddin`,
    // Facebook's `messages/inbox/rahimuddin_1015…`): learn that spelling too. Joined by `_`,
    // `.` or `-`, the words are found one by one (``DenyListDetector`` takes `_` and digits
    // as a word's edge).
    if let joined = Self.runTogether(text) { terms.append(DenyListDetector.Entry(term: joined, kind: .person)) }
    // Thai names are written with a space between given name and surname (สมชาย ใจดี), and
    // each is used alone; the recurrence words below cover spaced scripts only.
    let words = text.split(separator: " ")
    if words.count > 1 {
      for word in words where word.unicodeScalars.count >= 2 && word.unicodeScalars.allSatisfy(Self.isThai) {
        terms.append(DenyListDetector.Entry(term: String(word), kind: .person))
      }
    }
    guard let recurrence else { return terms }
    var whole = Array(text.utf8)
    whole.withUnsafeMutableBufferPointer { buffer in
      let bytes = UnsafeBufferPointer(buffer)
      let recurring = recurrence.recurringTerms(in: bytes) { visit in
        visit(Finding(kind: .person, range: 0..<bytes.count, score: 1, detector: "learnt"))
      }
      for pattern in recurring.patterns {
        terms.append(DenyListDetector.Entry(term: String(decoding: pattern, as: UTF8.self), kind: .person))
      }
    }
    return terms
  }

  /// The words of a Latin-script name of two to four words written without spaces, when that
  /// is at least six letters long (`Rahim Uddin` → `RahimUddin`); nil otherwise.
  static func runTogether(_ name: String) -> String? {
    let words = name.split(separator: " ")
    guard (2...4).contains(words.count) else { return nil }
    var joined = ""
    for word in words {
      guard word.unicodeScalars.allSatisfy({ Self.isLatinLetter($0) || $0 == "'" }) else { return nil }
      joined += word
    }
    return joined.unicodeScalars.count >= 6 ? joined : nil
  }

  /// A letter of the Latin script, Vietnamese's stacked diacritics included (matching folds them).
  private static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
    (scalar.value < 0x0250 || (0x1E00...0x1EFF).contains(scalar.value)) && scalar.properties.isAlphabetic
  }

  private static func isThai(_ scalar: Unicode.Scalar) -> Bool { (0x0E00...0x0E7F).contains(scalar.value) }

  private static func isHangulOrHan(_ scalar: Unicode.Scalar) -> Bool {
    (0xAC00...0xD7A3).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value)
      || (0x3400...0x4DBF).contains(scalar.value)
  }

  /// Adds everything `other` learnt.
  public mutating func merge(_ other: DocumentScope) {
    for entry in other.entries { add(entry) }
  }

  private mutating func add(_ entry: DenyListDetector.Entry) {
    if entries.count < Self.linearEntries {
      if !entries.contains(entry) { entries.append(entry) }
      return
    }
    if seen.isEmpty { seen = Set(entries) }
    if seen.insert(entry).inserted { entries.append(entry) }
  }

  /// Whether both scopes learnt the same values.
  public static func == (a: DocumentScope, b: DocumentScope) -> Bool { a.entries == b.entries }

  /// A detector for the learnt terms (nil when nothing was learnt).
  func detector() -> LearntTermsDetector? {
    entries.isEmpty ? nil : LearntTermsDetector(matcher: DenyListDetector(entries: entries))
  }
}

/// Finds a ``DocumentScope``'s terms, as a deny list does (any case, whole words in spaced
/// scripts), reporting them as `learnt`.
///
/// Performance: a class, so handing it to each piece's analysis retains one reference; as a
/// struct it was copied per piece, retaining and releasing every array of the deny list and
/// its automaton, on every worker at once (3% of a WhatsApp chat's CPU time).
final class LearntTermsDetector: Detector {
  let id = "learnt"
  let matcher: DenyListDetector

  init(matcher: DenyListDetector) { self.matcher = matcher }

  func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let first = findings.count
    matcher.detect(in: text, into: &findings)
    for index in first..<findings.count {
      findings[index].detector = id
      findings[index].explanation = "learnt-from-structure"
    }
  }
}
