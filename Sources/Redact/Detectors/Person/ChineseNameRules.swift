/// Chinese names announced by a role or office written right before them: `民警王强介绍`,
/// `犯罪嫌疑人李某某`, `律师陈静出庭作证`, `受害人张丽的家属`. News, police and court reports and
/// case notes name people this way, and the learned tagger, trained on Weibo posts, misses many
/// of them (issue 15: Chinese held-out person recall 60%).
///
/// A name here is a family name (a Han character the lexicon lists as a surname) and one or two
/// more Han characters, and it must end where a name can end: before punctuation, a non-Han
/// character, the end of the text, or a character that follows a name in such sentences (说, 的,
/// 在, 和, 被, 介 of 介绍…). Two characters of given name are tried first, unless the second is
/// itself such a follower (`嫌疑人莫妹将被害人…` gives 莫妹), then one. The role stays unmasked,
/// as titles do.
///
/// - Complexity: O(n) in the text's bytes: one scan for the role words (Aho–Corasick), then a
///   bounded look at the next five characters of each match.
struct ChineseNameRules: Detector {
  let id = "zh-names"

  /// Roles and offices after which a name follows directly. Only words that do not also start
  /// an ordinary compound with the next character (not 老师 of 老师们, checked by the family-name
  /// test; not 记者 of 记者从, since 从 is no family name here).
  static let roles: [String] = [
    "民警", "警官", "警察", "律师", "记者", "教授", "医生", "总理", "主席", "市长", "省长", "县长", "村长", "书记",
    "局长", "所长", "队长", "院长", "校长", "经理", "老师", "村民", "网友", "博主", "嫌疑人", "受害人", "被害人",
    "受害者", "当事人", "被告人", "原告", "被告", "证人", "死者", "伤者", "女子", "男子", "女孩", "男孩", "少女",
    "司机", "中介", "老板", "工人", "学生", "患者", "志愿者", "社工", "法官", "检察官", "主任", "董事长", "总裁",
  ]

  /// Characters that may follow a name and end it (verbs of saying, particles, prepositions).
  static let followers: Set<Unicode.Scalar> = Set("说称讲的在和与跟同被已将把向对从到去来是也都还等今昨告透指认介表出回住带曾因于为让叫".unicodeScalars)

  private let matcher = AhoCorasick(patterns: roles.map { Array($0.utf8) })
  private let lexicon: Lexicon

  init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  func detect(in text: AnalysisText, into findings: inout [Finding]) {
    let bytes = text.bytes
    // Cheap screen: every role begins with a Han character, whose UTF-8 lead byte is E4–E9.
    guard bytes.contains(where: { $0 >= 0xE4 && $0 <= 0xE9 }) else { return }
    matcher.forEachMatch(in: bytes, asciiCaseInsensitive: false) { match in
      if let name = Self.name(after: match.range.upperBound, in: bytes, isFamilyName: isFamilyName) {
        findings.append(Finding(kind: .person, range: name, score: 0.8, detector: id, explanation: "chinese role"))
      }
    }
    Self.forEachNickname(in: bytes, isFamilyName: isFamilyName) { name in
      findings.append(Finding(kind: .person, range: name, score: 0.8, detector: id, explanation: "chinese nickname"))
    }
    // The context rules read characters, not bytes.
    let (scalars, offsets) = Self.scalars(of: bytes)
    forEachContextName(in: scalars, offsets: offsets) { name, why in
      findings.append(Finding(kind: .person, range: name, score: 0.8, detector: id, explanation: why))
    }
  }

  /// The byte range of a family name and one or two given-name characters at `start`, ending
  /// where a name may end; nil if none.
  static func name(
    after start: Int, in bytes: UnsafeBufferPointer<UInt8>, isFamilyName: (Unicode.Scalar) -> Bool
  ) -> Range<Int>? {
    var ends: [Int] = []
    var lastIsFollower = false
    var index = start
    // Up to three Han characters: the family name and at most two of given name.
    while ends.count < 3, index < bytes.count {
      let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
      guard isHan(scalar), ends.count > 0 || isFamilyName(scalar) else { break }
      index += length
      ends.append(index)
      lastIsFollower = followers.contains(scalar)
    }
    // Longest first (王小强 before 王小), unless its last character is one that follows names.
    if ends.count == 3 && !lastIsFollower && endsName(bytes, at: ends[2]) { return start..<ends[2] }
    if ends.count >= 2 && endsName(bytes, at: ends[1]) { return start..<ends[1] }
    return nil
  }

  /// Whether the lexicon lists `scalar` alone as a family name (李, 欧 of 欧阳 too).
  func isFamilyName(_ scalar: Unicode.Scalar) -> Bool {
    lexicon.flags(of: String(Character(scalar))).contains(.surname)
  }

  /// Whether a name may end at `index`: at the end, before a non-Han character, or before a
  /// word that follows names.
  private static func endsName(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index < bytes.count else { return true }
    let (scalar, _) = UTF8Scalars.decode(bytes, at: index)
    return !isHan(scalar) || followers.contains(scalar)
  }

  static func isHan(_ scalar: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
  }
}
