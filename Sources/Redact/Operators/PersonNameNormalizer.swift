/// Canonical form of a person's name for pseudonyms, so that the ways one person is written
/// share one pseudonym, within a document and across documents under the same key:
/// "Sindhu", "Ms Sindhu", "SINDHU", "Sindhu's", "Sindhu R." and "Sindhu Reddy" → `sindhu`.
///
/// The key is the first word that is not a title, particle or initial. The price is that two
/// people who share a first word (two Sindhus, or two Nguyens when the family name is written
/// first) share a pseudonym: they are linked, never exposed.
package struct PersonNameNormalizer: ValueNormalizer {
  private let base = DefaultValueNormalizer()
  private static let skipped: Set<String> = Set(PersonRuleDetector.titles).union(["the"])

  package init() {}

  package func normalize(_ value: String) -> String {
    let folded = base.normalize(value)
    let words = folded.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }
    for part in words {
      var word = Substring(part)
      while let last = word.last, last == "'" || last == "’" { word.removeLast() }
      if word.hasSuffix("'s") || word.hasSuffix("’s") { word.removeLast(2) }
      while let first = word.first, first == "'" || first == "’" { word.removeFirst() }
      if word.count < 2 || Self.skipped.contains(String(word)) { continue }
      return String(word)
    }
    return folded
  }
}
