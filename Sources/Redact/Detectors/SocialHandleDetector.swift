/// Finds social-media handles and profile links.
///
/// - `@name` mentions (not the `@` of an e-mail address),
/// - Reddit-style `u/name` and `/u/name`,
/// - messenger IDs after their label (`Line ID: somchai.j`, `微信号：sokha88`: ``detectMessengerIDs(in:into:)``),
/// - links to profiles, chats and posts on the networks survivors and recruiters use
///   (facebook.com/…, instagram.com/…, tiktok.com/@…, t.me/…, wa.me/…, line.me/…, x.com/…, …),
///   with or without a scheme or a `www.`/`m.` subdomain.
///
/// A link to a post identifies its author as well as a profile link does, so any path on
/// these hosts is reported. All findings have kind ``EntityKind/handle``.
///
/// - Complexity: O(n) over the text (one Aho–Corasick pass for the hosts).
package struct SocialHandleDetector: Detector {
  package let id = "social"

  /// Hosts whose paths identify a person or a private chat.
  package static let hosts: [String] = [
    "facebook.com", "fb.com", "fb.me", "messenger.com", "m.me", "instagram.com", "instagr.am",
    "threads.net", "tiktok.com", "t.me", "telegram.me", "telegram.dog", "wa.me", "whatsapp.com",
    "line.me", "x.com", "twitter.com", "youtube.com", "linkedin.com", "reddit.com", "snapchat.com",
    "vk.com", "ok.ru", "weibo.com", "douyin.com", "xiaohongshu.com", "zalo.me", "open.kakao.com",
    "discord.gg", "discord.com", "pinterest.com", "tumblr.com", "viber.com", "imo.im",
    "bsky.app", "truthsocial.com", "onlyfans.com", "skype.com",
  ]

  private let hostMatcher: AhoCorasick

  package init() {
    hostMatcher = AhoCorasick(patterns: Self.hosts.map { Array(($0 + "/").utf8) })
  }

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    detectMentions(in: text.bytes, into: &findings)
    detectMessengerIDs(in: text.bytes, into: &findings)
    detectProfileLinks(in: text, into: &findings)
  }

  private func detectMentions(in bytes: UnsafeBufferPointer<UInt8>, into findings: inout [Finding]) {
    var index = 0
    while index < bytes.count {
      let b = bytes[index]
      if b == UInt8(ascii: "@") {
        let previousOK =
          index == 0 || !(EmailDetector.isLocalPartByte(bytes[index - 1]) || bytes[index - 1] == UInt8(ascii: "@"))
        let end = Self.mentionEnd(after: index, in: bytes)
        let followedByDomain = end < bytes.count && bytes[end] == UInt8(ascii: "@")
        let validStart =
          end > index + 1
          && (ASCIIByte.isAlphanumeric(bytes[index + 1]) || bytes[index + 1] == UInt8(ascii: "_")
            || bytes[index + 1] >= 0x80)
        if previousOK && validStart && !followedByDomain {
          findings.append(
            Finding(kind: .handle, range: index..<end, score: 0.85, detector: id, explanation: "mention"))
          index = end
          continue
        }
      } else if (b == UInt8(ascii: "u") || b == UInt8(ascii: "U")) && index + 2 < bytes.count
        && bytes[index + 1] == UInt8(ascii: "/") && URLScanner.isBoundary(before: index, in: bytes)
      {
        var end = index + 2
        while end < bytes.count && end - index <= 24
          && (ASCIIByte.isAlphanumeric(bytes[end]) || bytes[end] == UInt8(ascii: "_")
            || bytes[end] == UInt8(ascii: "-"))
        {
          end += 1
        }
        if end - index - 2 >= 3 {
          findings.append(
            Finding(kind: .handle, range: index..<end, score: 0.85, detector: id, explanation: "reddit-user"))
          index = end
          continue
        }
      }
      index += 1
    }
  }

  /// Where a mention whose `@` is at `at` ends: over ASCII letters, digits, `_` and `.`, and
  /// over letters, marks and digits of any script (`@nguyễn_hoa`, `@สมศรี_ใจงาม`, `@ရွှေရည်`:
  /// a new user's probe, session 36, found such mentions masked up to their first non-ASCII
  /// letter or not at all), up to 31 bytes when all ASCII, 96 in all; a trailing `.` is left.
  static func mentionEnd(after at: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var end = at + 1
    var ascii = true
    while end < bytes.count && end - at <= 96 {
      let byte = bytes[end]
      if byte < 0x80 {
        guard !ascii || end - at <= 31, isHandleByte(byte) else { break }
        end += 1
      } else {
        guard let scalar = UTF8Scalars.scalar(bytes, at: end), UTF8Scalars.isWordScalar(scalar) else { break }
        ascii = false
        end += UTF8Scalars.sequenceLength(lead: byte)
      }
    }
    while end > at + 1 && bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
    return end
  }

  @inline(__always)
  private static func isHandleByte(_ b: UInt8) -> Bool {
    ASCIIByte.isAlphanumeric(b) || b == UInt8(ascii: "_") || b == UInt8(ascii: ".")
  }

  private func detectProfileLinks(in text: AnalysisText, into findings: inout [Finding]) {
    let bytes = text.bytes
    // The closure below reads this local, not `self.id`: capturing `self` copied the whole
    // detector (its matcher's arrays retained and released) on every record.
    let id = id
    var lastEnd = 0
    // Hosts are ASCII: match case-insensitively on the original bytes, no folded copy needed.
    hostMatcher.forEachMatch(in: bytes, asciiCaseInsensitive: true) { match in
      let host = match.range
      guard host.lowerBound >= lastEnd else { return }
      var start = host.lowerBound
      if start > 0 && bytes[start - 1] == UInt8(ascii: ".") {
        // Subdomains: www., m., web., mbasic., vm. …
        var s = start - 1
        while s > 0
          && (ASCIIByte.isAlphanumeric(bytes[s - 1]) || bytes[s - 1] == UInt8(ascii: "-")
            || bytes[s - 1] == UInt8(ascii: "."))
        {
          s -= 1
        }
        guard s < start - 1 else { return }
        start = s
      }
      guard URLScanner.isBoundary(before: start, in: bytes) || (start > 0 && bytes[start - 1] == UInt8(ascii: "/"))
      else { return }
      // An explicit scheme in front ("https://") belongs to the link.
      if start >= 3 && bytes[start - 1] == UInt8(ascii: "/") && bytes[start - 2] == UInt8(ascii: "/")
        && bytes[start - 3] == UInt8(ascii: ":")
      {
        var s = start - 3
        while s > 0 && ASCIIByte.isLetter(bytes[s - 1]) { s -= 1 }
        start = s
      }
      let end = URLScanner.pathEnd(in: bytes, from: host.upperBound)
      guard end > host.upperBound else { return }
      lastEnd = end
      findings.append(
        Finding(kind: .handle, range: start..<end, score: 1.0, detector: id, explanation: "profile-link"))
    }
  }
}
