/// The case endings a Bengali or Devanagari recurrence is extended over.
///
/// A name found once recurs by its stem (``RecurrencePass/withoutCaseEnding(_:)``), and the
/// matcher lets an Indic recurrence run on into the rest of its word. When that rest is a case
/// ending, the mention is the name with the ending, which the NER corpora mark whole and which
/// a reader would take as the name (`শর্মাকে`, `রহিমের`, `ঢাকায়`, `थापाले`, `काठमाडौंमा`):
/// masking the stem alone left `কে` and `ले` in the clear. Any other rest (`রহিমা` after `রহিম`,
/// another name) is not an ending and leaves the recurrence as it was.
extension RecurrencePass {
  /// Case endings, postpositions written on and emphatic particles: Bengali genitive
  /// (-র/-ের/-এর/-য়ের), objective (-কে), comitative (-সহ), plural (-রা/-দের), locative
  /// (-য়/-তে/-ে, for places), with -ও / -ই after them; Nepali (-ले -को -का -की -लाई -सँग -बाट -मा …).
  static let indicEndings: Set<[UInt8]> = Set(
    BengaliNukta.bothForms([
      "কে", "র", "ের", "এর", "য়ের", "সহ", "রা", "দের", "দেরকে", "য়", "তে", "ে", "ও", "ই", "কেও", "কেই", "রও", "রই",
      "েরও", "েরই", "সহও", "য়ও", "তেও", "েও", "য়ই", "তেই", "েই", "দেরও",
      "ले", "को", "का", "की", "लाई", "सँग", "संग", "बाट", "मा", "मै", "माथि", "हरू", "हरु", "द्वारा", "सहित", "समेत",
      "कै", "ज्यू", "जी", "तिर", "सम्म", "देखि", "बीच", "लेनै", "लाईनै", "कोमा",
    ]))

  /// Byte lengths of the longest ending, to stop reading a word early.
  private static let longestIndicEnding = indicEndings.map(\.count).max() ?? 0

  /// The end of an Indic recurrence at `range`: past the rest of its word when that rest is a
  /// case ending, else `range.upperBound`. Only Bengali and Devanagari recurrences
  /// (`E0 A4`–`E0 A7`) are extended.
  ///
  /// - Complexity: O(k) in the bytes of the ending, at most ``longestIndicEnding``.
  static func endingEnd(of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let start = range.lowerBound
    guard start + 1 < bytes.count, bytes[start] == 0xE0, (0xA4...0xA7).contains(bytes[start + 1]) else {
      return range.upperBound
    }
    var end = range.upperBound
    while end < bytes.count, end - range.upperBound <= longestIndicEnding {
      let (scalar, length) = UTF8Scalars.decode(bytes, at: end)
      guard scalar.value >= 0x0900 && scalar.value <= 0x09FF && scalar.value != 0x0964 && scalar.value != 0x0965
      else { break }
      end += length
    }
    guard end > range.upperBound, end - range.upperBound <= longestIndicEnding,
      indicEndings.contains(Array(UnsafeBufferPointer(rebasing: bytes[range.upperBound..<end])))
    else { return range.upperBound }
    return end
  }
}
