import Foundation

extension IndicThaiTaggerFilter {
  /// The one-word titles and offices of Bengali and Devanagari text (``IndicTitleNameRules/titles``
  /// and the words offices are made of: `प्रमुख`, `प्रहरी`, `প্রশাসন`), in both forms of ড় ঢ় য়:
  /// a finding of the Hindi, Bengali or Nepali model made of nothing else is dropped, as one of
  /// common words is. They stand before names (`प्रमुख जिल्ला अधिकारी …`, `अध्यक्ष …`), and the
  /// models tag them alone as a place or person from that context; the recurrence pass then
  /// masked each again at every mention (Nepali news check sets: `प्रमुख` 25 and 33 times,
  /// `प्रहरी` 14, `अध्यक्ष` 12; docs/MEASUREMENTS.md, session 31).
  ///
  /// Left out: `राजा` and `रानी` (king, queen), which the Nepali corpus labels as persons when
  /// they name one, `अधिकारी` (officer, and the surname Adhikari), and unit words (`नगर`, `जिल्ला`, `জেলা`), which its places hold alone. A word
  /// that is a name or place of the lexicon is never dropped (``spaced(_:_:closed:common:_:)``).
  static let offices: KeySet = {
    let parts = ["प्रमुख", "प्रहरी", "प्रशासन", "कार्यालय", "পুলিশ", "প্রশাসন", "কার্যালয়"]
    let words = IndicTitleNameRules.titles.filter { !$0.contains(" ") && !["राजा", "रानी"].contains($0) } + parts
    return KeySet(BengaliNukta.bothForms(words).map(Lexicon.key(of:)))
  }()
}
