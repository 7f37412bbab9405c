/// Entity classes the tagger learns.
package enum TaggerEntity: Int, Sendable, CaseIterable {
  case person, location, other
}
