/// Entity classes the tagger learns.
public enum TaggerEntity: Int, Sendable, CaseIterable {
  case person, location, other
}
