import Testing

@testable import Redact

/// A messenger ID after its label (`Line ID: somchai.j`, `微信号：sokha88`, `IG - priya.k`) is a
/// handle; the label words used as ordinary words (`the line: maybe`) take nothing. IDs were
/// left whole or half masked before (probe, session 33).
@Suite struct MessengerIDTests {
  static let engine = Result { try RedactionEngine(policy: Policy(name: "messenger")) }

  static let letters = Array("abcdefghijklmnopqrstuvwxyz")

  /// A random ID: letters, then maybe a `.`, `_` or digits and more letters.
  static func randomID(_ rng: inout SplitMix64) -> String {
    var id = String((0..<Int.random(in: 3...8, using: &rng)).map { _ in letters.randomElement(using: &rng)! })
    switch Int.random(in: 0..<4, using: &rng) {
    case 0: id += "." + String(letters.randomElement(using: &rng)!)
    case 1: id += "_" + String(Int.random(in: 1...99, using: &rng))
    case 2: id += String(Int.random(in: 10...2000, using: &rng))
    default: break
    }
    return id
  }

  /// Whether every byte of `id` at `offset` of `text` lies in a finding.
  static func covered(_ text: String, _ id: String, at offset: Int) throws -> Bool {
    let findings = try engine.get().analyzer.analyze(text)
    return (offset..<(offset + id.utf8.count)).allSatisfy { byte in findings.contains { $0.range.contains(byte) } }
  }

  @Test func anIDAfterAMessengerLabelIsMaskedWhole() throws {
    var rng = SplitMix64(seed: 0x1D5)
    let labels = [
      "Line ID", "LINE", "Line", "line id", "WeChat", "wechat id", "WeChat ID", "Skype", "Viber", "Telegram", "TG",
      "KakaoTalk ID", "kakao", "Zalo", "IG", "Instagram", "FB", "imo ID", "Signal", "微信号", "微信", "카톡 아이디",
      "라인", "ไลน์", "ไอดีไลน์", "QQ号", "Snapchat", "her line id", "Username",
    ]
    let separators = [": ", ":", " : ", "：", " - ", "=", " "]
    var left: [String] = []
    for _ in 0..<300 {
      let label = labels.randomElement(using: &rng)!
      var separator = separators.randomElement(using: &rng)!
      // A bare space separates only after an ID word.
      let lowered = label.lowercased()
      if separator == " "
        && !(lowered.hasSuffix("id") || lowered.hasSuffix("아이디") || lowered.hasSuffix("号")
          || lowered.hasSuffix("ไอดีไลน์") || lowered.hasSuffix("username"))
      {
        separator = ": "
      }
      var id = (Bool.random(using: &rng) && label != "Username" ? "@" : "") + Self.randomID(&rng)
      // After a bare space only an ID-shaped token counts (`Free Username Now` is not one).
      if separator == " " && !id.hasPrefix("@") { id += "_\(Int.random(in: 1...99, using: &rng))" }
      let prefix = ["She gave her ", "contact — ", "", "agent's "].randomElement(using: &rng)! + label + separator
      let text = prefix + id + [" and left.", ".", "", ", then called"].randomElement(using: &rng)!
      if try !Self.covered(text, id, at: prefix.utf8.count) { left.append(text) }
    }
    #expect(left.isEmpty, "\(left.count) of 300 left, e.g. \(left.prefix(6))")
  }

  /// The label words in ordinary sentences, with ordinary words after them: nothing is a handle.
  @Test func labelWordsInOrdinarySentencesTakeNothing() throws {
    let texts = [
      "we waited in the line: maybe an hour", "signal: weak all day", "the deadline - tomorrow",
      "the line is long", "meeting at 10:30 - bring papers", "Ratio = 12 percent", "snap: no",
      "the handle: broken", "online: yes", "guideline - see annex", "FB: not used", "WeChat: none",
      "Zalo: unknown", "imo: blocked", "Create your Free Username Now", "Left Door Handle Needs Parts",
    ]
    for text in texts {
      let handles = try Self.engine.get().analyzer.analyze(text).filter { $0.explanation == "messenger-id" }
      #expect(handles.isEmpty, "\(text): \(handles)")
    }
  }
}
