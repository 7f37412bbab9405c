import Testing

@testable import Redact

/// A national number in a Latin-script record is read in the region of the record's language:
/// an Indonesian `0812…` in an Indonesian sentence is Indonesian (not Pakistani), a Philippine
/// `0917…` in a Tagalog one Philippine; so its pseudonym equals that of its `+62`/`+63` form.
@Suite struct PhoneLanguageEvidenceTests {
  static let indonesian = [
    "Nomor HP kakaknya # dan dia tinggal di desa itu bersama ibu.",
    "Saya sudah telepon # tetapi tidak ada yang menjawab dari kantor itu.",
    "Agen itu memberi nomor # kepada mereka untuk bekerja di luar negeri.",
    "Dia bilang bahwa # adalah nomor majikan yang sudah pergi.",
  ]
  static let tagalog = [
    "Ang numero ng kapatid niya ay # at nasa Maynila siya ngayon.",
    "Tinawagan ko ang # pero hindi sumagot ang ahente.",
    "Sabi niya na ang # ay sa amo niya sa barko.",
  ]

  static func digits(_ count: Int, _ rng: inout SplitMix64) -> String {
    (0..<count).map { _ in String(rng.next() % 10) }.joined()
  }

  @Test func aNationalNumberIsReadInTheRegionOfTheRecordsLanguage() {
    let normalizer = PhoneValueNormalizer()
    let parser = PhoneNumberParser()
    var rng = SplitMix64(seed: 6208)
    var wrong: [String] = []
    var tried = 0
    while tried < 300 {
      let tagalogRecord = rng.next() % 3 == 0
      let (code, national, frames) =
        tagalogRecord
        ? ("63", "9\(["17", "18", "05", "27", "99"][Int(rng.next() % 5)])\(Self.digits(7, &rng))", Self.tagalog)
        : ("62", "8\(["12", "13", "21", "52", "77", "95"][Int(rng.next() % 6)])\(Self.digits(Int(7 + rng.next() % 2), &rng))",
          Self.indonesian)
      guard parser.parse("+" + code + national)?.quality == .valid else { continue }
      tried += 1
      let written = rng.next() % 2 == 0 ? "0" + national : "0\(national.prefix(3))-\(national.dropFirst(3))"
      let record = frames[Int(rng.next() % UInt64(frames.count))].replacingOccurrences(of: "#", with: written)
      var bytes = Array(record.utf8)
      let form = bytes.withUnsafeMutableBufferPointer { buffer in
        normalizer.normalize(written, in: AnalysisText(bytes: UnsafeBufferPointer(buffer)))
      }
      if form != "+" + code + national { wrong.append("\(record) → \(form)") }
    }
    #expect(wrong.isEmpty, "\(wrong.count) of 300 read in another region, e.g. \(wrong.prefix(4))")
  }
}
