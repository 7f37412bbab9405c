/// What a lexicon entry is known to be. An entry may be several things at once (`Florence`,
/// `Victoria`, `Sindhu`).
package struct LexiconFlags: OptionSet, Sendable, Hashable {
  package let rawValue: UInt16
  package init(rawValue: UInt16) { self.rawValue = rawValue }

  /// A given name.
  package static let givenName = LexiconFlags(rawValue: 1 << 0)
  /// A family name.
  package static let surname = LexiconFlags(rawValue: 1 << 1)
  /// The name came from a South, Southeast or East Asian source.
  package static let asianName = LexiconFlags(rawValue: 1 << 2)
  /// A rare name (fewer than 1,000 US births): weaker evidence.
  package static let rareName = LexiconFlags(rawValue: 1 << 3)
  /// An ordinary English word (lower-case entry of the common-word list).
  package static let commonWord = LexiconFlags(rawValue: 1 << 4)
  /// A nationality or demonym (`Thai`, `Indian`): neither a place nor a name.
  package static let demonym = LexiconFlags(rawValue: 1 << 5)
  /// A country name in some language.
  package static let country = LexiconFlags(rawValue: 1 << 6)
  /// A world region (`Southeast Asia`).
  package static let region = LexiconFlags(rawValue: 1 << 7)
  /// A first-level division (state, province, division).
  package static let admin1 = LexiconFlags(rawValue: 1 << 8)
  /// A second-level division (district, zila, amphoe).
  package static let admin2 = LexiconFlags(rawValue: 1 << 9)
  /// A populated place (city, town, village).
  package static let populatedPlace = LexiconFlags(rawValue: 1 << 10)
  /// Some longer entry starts with this token sequence (keep extending the match).
  package static let prefix = LexiconFlags(rawValue: 1 << 11)

  /// Any kind of person name.
  package static let name: LexiconFlags = [.givenName, .surname]
  /// Any kind of place.
  package static let place: LexiconFlags = [.country, .region, .admin1, .admin2, .populatedPlace]
}
