/// What a lexicon entry is known to be. An entry may be several things at once (`Florence`,
/// `Victoria`, `Sindhu`).
public struct LexiconFlags: OptionSet, Sendable, Hashable {
  public let rawValue: UInt16
  public init(rawValue: UInt16) { self.rawValue = rawValue }

  /// A given name.
  public static let givenName = LexiconFlags(rawValue: 1 << 0)
  /// A family name.
  public static let surname = LexiconFlags(rawValue: 1 << 1)
  /// The name came from a South, Southeast or East Asian source.
  public static let asianName = LexiconFlags(rawValue: 1 << 2)
  /// A rare name (fewer than 1,000 US births): weaker evidence.
  public static let rareName = LexiconFlags(rawValue: 1 << 3)
  /// An ordinary English word (lower-case entry of the common-word list).
  public static let commonWord = LexiconFlags(rawValue: 1 << 4)
  /// A nationality or demonym (`Thai`, `Indian`): neither a place nor a name.
  public static let demonym = LexiconFlags(rawValue: 1 << 5)
  /// A country name in some language.
  public static let country = LexiconFlags(rawValue: 1 << 6)
  /// A world region (`Southeast Asia`).
  public static let region = LexiconFlags(rawValue: 1 << 7)
  /// A first-level division (state, province, division).
  public static let admin1 = LexiconFlags(rawValue: 1 << 8)
  /// A second-level division (district, zila, amphoe).
  public static let admin2 = LexiconFlags(rawValue: 1 << 9)
  /// A populated place (city, town, village).
  public static let populatedPlace = LexiconFlags(rawValue: 1 << 10)
  /// Some longer entry starts with this token sequence (keep extending the match).
  public static let prefix = LexiconFlags(rawValue: 1 << 11)

  /// Any kind of person name.
  public static let name: LexiconFlags = [.givenName, .surname]
  /// Any kind of place.
  public static let place: LexiconFlags = [.country, .region, .admin1, .admin2, .populatedPlace]
}
