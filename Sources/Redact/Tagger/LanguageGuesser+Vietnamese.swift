extension LanguageGuesser {
  /// Whether a Latin run's first words (lexicon keys of their folded forms) are Vietnamese: at
  /// least three Vietnamese function words (`cua`, `khong`, `duoc`, `nguoi`…, which folding
  /// gives the same with or without diacritics) making a quarter of the words. Vietnamese has no
  /// tagger model: the English one masked titles, place words and whole chat lines there (42%
  /// precision on the generated dev set), so such runs are left to ``VietnameseNameRules`` and
  /// ``VietnamesePlaceRules``.
  static func isVietnamese(_ words: [UInt64]) -> Bool {
    let filter = VietnameseLexicon.listedKeyFilter
    var hits = 0
    for word in words where VietnameseLexicon.mayBeListed(word, in: filter) {
      if VietnameseLexicon.functionWordKeys.contains(word) { hits += 1 }
    }
    return hits >= 3 && hits * 4 >= words.count
  }
}
