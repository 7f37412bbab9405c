/// Banglish words: the romanised Bengali function words and commonest verb forms that Hindi,
/// Urdu and Nepali chat never writes ("ami", "er", "theke", "kore", "ache").
///
/// ``RomanisedChatTaggerFilter`` drops the taggers' unknown lower-case guesses only on chat lines
/// without any of them: its everyday-word list was built from Hindi and Nepali, and Banglish
/// writes its names as it writes its words (inherent `o`: "mokobul", "sojib"), so that a filter
/// by the lexicon lost more Banglish names than false guesses (docs/MEASUREMENTS.md, sessions 30
/// and 31). Source: the Bengali words of ``distinctive`` and ``moreSouthAsian`` (written for this
/// project from grammar) less those Hindi or Nepali also writes (`tara`, `jane`, `bolo`, `dekho`,
/// `bhaiya`, `kal`), and the Bengali genitive and conjunction `er`, `ar`, demonstratives `ei`, `oi`.
extension RomanisedFunctionWords {
  static let bengaliOnly: Set<String> = [
    "ami", "amra", "amar", "amader", "amake", "tumi", "tomra", "tomar", "tomake", "tomader", "apnar", "apnake",
    "apnader", "tader", "oder", "ora", "ache", "achhe", "achi", "achhi", "achen", "achhen", "acho", "achis",
    "chilo", "chhilo", "chila", "hobe", "hoy", "hoyeche", "hoyechhe", "holo", "hoyni", "korbo", "kori", "kore",
    "korchi", "korchhi", "korche", "korte", "korlam", "korecho", "korechi", "korini", "korse", "korsi", "korlo",
    "korbe", "korben", "koren", "koro", "jabo", "jacchi", "jacche", "gechhe", "geche", "gese", "gelo", "gelam",
    "jabe", "sathe", "songe", "shathe", "theke", "jonno", "jonne", "kintu", "ebong", "nei", "bhalo", "valo",
    "onek", "khub", "ekhon", "tokhon", "ekhono", "ekta", "ekjon", "shei", "sei", "eta", "ota", "sheta", "jodi",
    "tahole", "abar", "shudhu", "keno", "kothay", "kothai", "kemon", "kobe", "kokhon", "koto", "bollo", "bolse",
    "bolche", "bolchi", "dekhlam", "dekhse", "niye", "naki", "jani", "janina", "bujhi", "bujhlam", "apu", "vai",
    "kichu", "keu", "kache", "thake", "thaki", "ase", "ashbe", "asbe", "ashche", "dise", "dilo", "nise",
    "er", "ar", "ei", "oi",
  ]

  private static let bengaliOnlyKeys = KeySet(words: bengaliOnly)

  /// Whether tokens `range` of `text` hold a Banglish word (``bengaliOnly``) written in
  /// lower-case ASCII letters.
  static func hasBengaliWord(_ text: AnalysisText, tokens range: Range<Int>) -> Bool {
    let bytes = text.bytes
    let tokens = text.tokens
    let keys = text.tokenKeys
    for index in range {
      let token = tokens[index]
      guard token.script == .spaced, token.end - token.start <= 9, bengaliOnlyKeys.contains(keys[index]) else {
        continue
      }
      if bytes[token.start..<token.end].allSatisfy(ASCIIByte.isLower) {
        return true
      }
    }
    return false
  }
}
