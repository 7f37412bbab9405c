/// Vietnamese words that fold to a place of another country in the gazetteer (issue 15,
/// session 26): `Nạn` of `Nạn nhân` ("victim"), at the start of a news sentence, folds to the
/// Thai province Nan. The gazetteer keeps folded names only, so it cannot tell the spellings
/// apart; these words, written with their marks, are never such a place.
extension VietnameseLexicon {
  /// Lower case, with their marks.
  static let notPlacesExact: Set<String> = ["nạn", "nàn", "nản"]

  /// Whether `bytes[range]` is one word of ``notPlacesExact`` in any case. Only a short range
  /// holding a byte outside ASCII is looked at.
  static func isNotPlace(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard range.count <= 8, bytes[range].contains(where: { $0 >= 0x80 }) else { return false }
    return notPlacesExact.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercased())
  }
}
