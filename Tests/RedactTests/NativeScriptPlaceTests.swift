import Foundation
import Redact
import Testing

/// Districts and towns written in their own scripts (issue 15): where the Latin-letter name was
/// found and the native one was not. Random frames (with the case endings and particles each
/// language attaches) around gazetteer places of Bangladesh, Nepal, India, Cambodia, Myanmar,
/// Korea, Japan and China: every letter of the place is masked, a Hangul particle is not.
@Suite struct NativeScriptPlaceTests {
  static let analyzer = try! engine().analyzer

  /// (place, frames with `{}` for the place) per language.
  static let cases: [(places: [String], frames: [String])] = [
    (["নারায়ণগঞ্জ", "সাতক্ষীরা", "নোয়াখালী", "পিরোজপুর"], ["সে {} থেকে এসেছে।", "{}তে তাকে দেখা গেছে।", "{}ের একটি গ্রামে"]),
    (["थिमि", "नाम्चे", "भरतपूर", "धनकुटा"], ["उनी {}बाट आइन्।", "उनको घर {}मा छ।"]),
    (["नाशिक"], ["वह {} से आई थी।", "उसका घर {} में है।"]),
    (["ដូនកែវ", "សិរីសោភ័ណ", "ឯកភ្នំ", "ទឹកផុស"], ["នាងមកពី{}កាលពីឆ្នាំមុន", "ផ្ទះរបស់នាងនៅ{}"]),
    (["သရောတန်း", "ဝါးကောက်တော"], ["သူမသည် {} မှ လာသည်", "သူမ၏ အိမ်သည် {} တွင် ရှိသည်"]),
    (["마산", "의정부", "청송군"], ["그녀는 {}에서 왔다.", "그녀의 집은 {}에 있다."]),
    (["田無", "築上"], ["彼女は{}から来た。", "彼女の家は{}にある。"]),
    (["巫峡", "宿松", "柳北"], ["她来自{}。", "中介把她带到了{}。"]),
  ]

  static func nativeFindings(_ text: String) -> [Finding] {
    let detector = NativeScriptPlaceDetector(lexicon: try! Lexicon.bundled())
    var findings: [Finding] = []
    var bytes = Array(text.utf8)
    bytes.withUnsafeMutableBufferPointer { buffer in
      detector.detect(in: AnalysisText(bytes: UnsafeBufferPointer(buffer)), into: &findings)
    }
    return findings
  }

  @Test func masksNativeScriptPlacesWithTheirEndings() {
    var rng = SplitMix64(seed: 1509)
    var misses: [String] = []
    var endingsMasked: [String] = []
    for _ in 0..<300 {
      let entry = Self.cases.randomElement(using: &rng)!
      let place = entry.places.randomElement(using: &rng)!
      let frame = entry.frames.randomElement(using: &rng)!
      // Split on the bytes: in "{}তে" the vowel sign joins "}" in one grapheme, so String
      // splitting would not find "{}".
      let frameBytes = Array(frame.utf8)
      let mark = frameBytes.indices.first { frameBytes[$0] == UInt8(ascii: "{") && frameBytes[$0 + 1] == UInt8(ascii: "}") }!
      let parts = [
        String(decoding: frameBytes[..<mark], as: UTF8.self), String(decoding: frameBytes[(mark + 2)...], as: UTF8.self),
      ]
      let text = parts[0] + place + parts[1]
      let start = parts[0].utf8.count
      let range = start..<(start + place.utf8.count)
      let findings = Self.analyzer.analyze(text)
      if !range.allSatisfy({ byte in findings.contains { $0.range.contains(byte) } }) { misses.append(text) }
      // A Hangul particle attached to the place (에서) stays outside this detector's mask; a
      // Bengali or Devanagari ending (-তে, -मा) is masked with it (IndicPlaceEndingTests).
      let own = Self.nativeFindings(text)
      if let next = parts[1].unicodeScalars.first, next.properties.isAlphabetic || next.properties.generalCategory == .spacingMark
        || next.properties.generalCategory == .nonspacingMark, !"。".unicodeScalars.contains(next),
        own.contains(where: { $0.range.contains(range.upperBound) }),
        (0xAC00...0xD7AF).contains(place.unicodeScalars.first!.value)
      {
        endingsMasked.append(text)
      }
    }
    #expect(misses.isEmpty, "\(misses.count) of 300 missed, e.g. \(misses.prefix(5))")
    #expect(endingsMasked.isEmpty, "\(endingsMasked.count) endings masked, e.g. \(endingsMasked.prefix(5))")
  }
}
