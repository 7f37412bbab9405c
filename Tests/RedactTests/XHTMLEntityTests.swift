import Foundation
import Testing

@testable import Redact

/// X tweet text is HTML-escaped: names, phones and e-mails next to or inside entities must be
/// found, and masked text written back escaped as X writes it.
@Suite struct XHTMLEntityTests {
  static let secrets = ["Rahim Uddin", "+91 98765 43210", "rahim@example.com", "+8801712345678"]

  /// `text` with random characters written as HTML entities, as X and tools after it do.
  static func escaped(_ text: String, _ rng: inout SplitMix64) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch (scalar, rng.next() % 4) {
      case (" ", 0): result += "&nbsp;"
      case (_, 1) where scalar.isASCII && scalar != " ": result += "&#\(scalar.value);"
      case (_, 2) where scalar.isASCII && scalar != " ": result += "&#x\(String(scalar.value, radix: 16));"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  @Test(arguments: ["x-api", "x-archive"])
  func secretsNextToEntitiesAreMasked(format: String) throws {
    let policy = Policy(name: "t", denyList: [DenyListDetector.Entry(term: "Rahim Uddin")])
    let processor = RecordProcessor(engine: try engine(policy), format: FormatRegistry.named(format)!)
    var rng = SplitMix64(seed: 17)
    for _ in 0..<200 {
      let secret = Self.secrets[Int(rng.next() % UInt64(Self.secrets.count))]
      let joiner = ["&amp;", "&lt;", "&gt;", "&quot;", " &amp; "][Int(rng.next() % 5)]
      let text = "ok\(joiner)" + Self.escaped(secret, &rng) + "\(joiner)bye &lt;3"
      let json = "{\"id_str\":\"1\",\"full_text\":\"\(text)\"}"
      let unit = format == "x-archive" ? "window.YTD.tweets.part0 = [\(json)]" : json
      let output = try redacted(unit, by: processor)
      let body = format == "x-archive" ? String(output.drop { $0 != "[" }) : output
      let parsed = try JSONSerialization.jsonObject(with: Data(body.utf8), options: [.fragmentsAllowed])
      let tweet = try #require(((parsed as? [Any])?.first ?? parsed) as? [String: Any])
      let fullText = try #require(tweet["full_text"] as? String)
      let decoded = HTMLEntities.decode(Array(fullText.utf8).withUnsafeBufferPointer { $0 })
        .map { String(decoding: $0, as: UTF8.self) } ?? fullText
      for part in secret.split(separator: " ") where part.count > 3 { #expect(!decoded.contains(part), "\(text) → \(fullText)") }
      #expect(!fullText.contains("<") && !fullText.contains(">"), "written back escaped: \(fullText)")
    }
  }
}
