import Foundation

/// Finds quasi-identifiers: ages, dates, villages, shelters, clinics, employers, agencies,
/// venues, vessels, case numbers, police stations, ethnicity or nationality tied to a place,
/// rare occupations and physical marks (``EntityKind/quasiIdentifiers``).
///
/// None of these names a person; a few of them in one paragraph can ("the 15-year-old daughter
/// of a rickshaw puller from a char village … now at the Rangpur safe home"). The publication
/// gate (`redact check`) counts them; a policy that names one of these kinds under `operators:`
/// also masks them (see ``Policy/usesQuasiIdentifiers``).
///
/// Each rule is a pattern of ``QuasiIdentifierRules``, keyed by words in the target languages
/// (English, Bengali, Hindi/Nepali, Thai, Vietnamese, Indonesian/Malay, Chinese, Japanese,
/// Korean). Findings of one kind never hide another's: a date inside a birth date is dropped,
/// every other overlap is left to the caller (the gate counts kinds; the analyzer merges).
///
/// - Complexity: O(r · n) for r rules over n bytes (ICU regular expressions, no nested
///   unbounded quantifiers); the gate is not on the filter's hot path, and the filter runs
///   this detector only for a policy that asks for these kinds.
package struct QuasiIdentifierDetector: Detector {
  package let id = "quasi"

  package init() {}

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    guard !text.bytes.isEmpty else { return }
    let string = String(decoding: text.bytes, as: UTF8.self)
    let whole = NSRange(string.startIndex..<string.endIndex, in: string)
    var found: [Finding] = []
    for rule in Self.compiled {
      rule.regex.enumerateMatches(in: string, options: [], range: whole) { match, _, _ in
        guard let match else { return }
        let nsRange = match.range(at: rule.group)
        guard nsRange.location != NSNotFound, nsRange.length > 0, let range = Range(nsRange, in: string) else { return }
        var start = string.utf8.distance(from: string.startIndex, to: range.lowerBound)
        var end = string.utf8.distance(from: string.startIndex, to: range.upperBound)
        // Trailing spaces and punctuation a pattern's optional tail may have taken.
        while end > start, Self.trimmed.contains(text.bytes[end - 1]) { end -= 1 }
        while start < end, text.bytes[start] == UInt8(ascii: " ") { start += 1 }
        guard end > start else { return }
        found.append(
          Finding(kind: rule.kind, range: start..<end, score: rule.score, detector: id, explanation: rule.id))
      }
    }
    // A birth date is also a date: keep the stronger kind only.
    let births = found.filter { $0.kind == .birthDate }.map(\.range)
    if !births.isEmpty {
      found.removeAll { finding in finding.kind == .date && births.contains { $0.overlaps(finding.range) } }
    }
    findings += found
  }

  private static let trimmed: Set<UInt8> = Set(" ,;:.\t\n\r)(\"'".utf8)

  struct CompiledRule: @unchecked Sendable {
    let kind: EntityKind
    let id: String
    let regex: NSRegularExpression
    let score: Double
    let group: Int
  }

  /// Compiled once per process; a pattern that does not compile is a programming error caught
  /// by the tests (every rule is exercised by the dev set).
  static let compiled: [CompiledRule] = QuasiIdentifierRules.all.map { rule in
    do {
      let regex = try NSRegularExpression(
        pattern: rule.pattern, options: rule.caseInsensitive ? [.caseInsensitive] : [])
      return CompiledRule(kind: rule.kind, id: rule.id, regex: regex, score: rule.score, group: rule.group)
    } catch {
      preconditionFailure("quasi-identifier rule \(rule.id) does not compile: \(error)")
    }
  }
}

extension Policy {
  /// Whether the policy names a quasi-identifier kind under `operators:`: the filter then runs
  /// ``QuasiIdentifierDetector`` and masks them as it says (ages to bands, dates to months …).
  /// Other policies leave dates and ages as they are, as before.
  package var usesQuasiIdentifiers: Bool {
    operators.keys.contains { EntityKind.quasiIdentifiers.contains($0) }
  }
}
