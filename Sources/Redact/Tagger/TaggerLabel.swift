/// The tagger's BIO labels. `other` entities (organisations, facilities, works) are learned so
/// that they are *not* mistaken for people or places; they are never reported.
package enum TaggerLabel: Int, CaseIterable, Sendable {
  case outside = 0
  case beginPerson, insidePerson, beginLocation, insideLocation, beginOther, insideOther

  package static let count = allCases.count

  /// The entity class of the label, if any.
  package var entity: TaggerEntity? {
    switch self {
    case .outside: nil
    case .beginPerson, .insidePerson: .person
    case .beginLocation, .insideLocation: .location
    case .beginOther, .insideOther: .other
    }
  }

  /// The label of a token in an entity of class `entity`, first token or not.
  package static func of(_ entity: TaggerEntity, first: Bool) -> TaggerLabel {
    switch entity {
    case .person: first ? .beginPerson : .insidePerson
    case .location: first ? .beginLocation : .insideLocation
    case .other: first ? .beginOther : .insideOther
    }
  }
}
