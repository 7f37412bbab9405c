/// Chinese names read from the words around them, as Weibo posts and chat write them (issue 15:
/// held-out Weibo person recall 60%): a full name as the subject or object of a verb of saying or
/// acting (`王强说`, `跟李娜约好了`, `谢谢欧阳明`), after `@` (`@张伟 快来`), a family name before a
/// title (`顾老师`: 顾 is masked) or kin word (`王哥`, whole), a given name alone after an address or kin word (`亲爱的
/// 晓燕`, `我们家婷婷`) or doubled as friends write it (`婷婷说`), and a given name that repeats a
/// full name found earlier in the text (`王小明……小明`).
///
/// Chinese writes no spaces, so a candidate must be closed on both sides: on the left by the
/// start, a non-Han character, `@`, a word that stands before names (``leftCues``) or a character
/// that delimits words (``ChinesePlaceRules/boundaries``); on the right by the end, a non-Han
/// character or a word that follows a person (``rightCues``); `@` or a cue word on one side at
/// least. A candidate closed only by
/// punctuation is left to the tagger. A candidate that is an ordinary word
/// (``commonWords``: 王国, 李子, 张开, 高兴, 周末…) or holds a character that is no part of a
/// name (``nonNameCharacters``: pronouns, particles, verbs of the frames) is refused.
///
/// - Complexity: O(n) in the text's characters: every family-name character is tried with at
///   most two given-name lengths, each checked against fixed-length cue lists.
extension ChineseNameRules {
  /// Words after which a name starts (verbs of meeting and addressing, conjunctions, time words).
  static let leftCues: [[Unicode.Scalar]] = [
    "和", "跟", "与", "同", "给", "叫", "找", "见", "听", "让", "问", "陪", "约", "等", "送", "帮", "请", "喊", "骂", "打", "向",
    "谢谢", "感谢", "多亏", "好想", "问了", "恭喜", "祝", "想念", "喜欢", "认识", "介绍", "告诉", "遇到", "碰到", "见到", "看到", "联系",
    "今天", "昨天", "明天", "刚才", "刚刚", "晚上", "早上", "上午", "下午", "中午", "后来", "然后", "结果", "原来", "但是",
    "可是", "因为", "所以", "还有", "以及", "据", "转发", "求助", "回复", "好友", "朋友", "姓名", "名叫", "叫做",
    "发现", "听到", "支持", "关注", "喜欢", "爱", "羡慕", "佩服", "讨厌", "心疼", "相信", "担心", "嫁给", "娶了",
  ].map { Array($0.unicodeScalars) }

  /// Words that follow a person who speaks or acts.
  static let rightCues: [[Unicode.Scalar]] = [
    "说", "讲", "告诉", "跟", "和", "与", "给", "问", "把", "被", "也", "都", "又", "刚", "还", "已经", "今天", "昨天", "明天",
    "在", "是", "要", "想", "去", "来", "回", "请", "带", "让", "叫", "打", "发", "帮", "借", "送", "买", "拿", "就", "才",
    "不", "没",
    "结婚", "生日", "失联", "你", "同学", "老师", "先生", "女士", "啊", "呢", "吧", "呀",
  ].map { Array($0.unicodeScalars) }

  /// Words after a person that a doubled word (学学, 科科) rarely takes.
  static let strongRightCues: [[Unicode.Scalar]] = ["说", "讲", "告诉", "跟", "和", "给", "问", "把", "被", "已经", "结婚", "生日"]
    .map { Array($0.unicodeScalars) }

  /// Titles and kin words after a family name (Weibo marks `顾老师`, `邓先生`, `王哥` whole; the
  /// title is left unmasked here, the kin word is not: ``kinTitles``).
  static let titles: [[Unicode.Scalar]] = [
    "老师", "同学", "先生", "女士", "小姐", "阿姨", "经理", "医生", "律师", "警官", "师傅", "大哥", "大姐", "姐姐", "哥哥",
    "总", "哥", "姐", "叔", "姨", "妹", "爷",
  ].map { Array($0.unicodeScalars) }

  /// The kin words of ``titles``: with a family name they make a nickname, masked whole.
  static let kinTitles: Set<[Unicode.Scalar]> = Set(
    ["大哥", "大姐", "姐姐", "哥哥", "哥", "姐", "叔", "姨", "妹", "爷"].map { Array($0.unicodeScalars) })

  /// Words after which a given name alone stands (`亲爱的晓燕`, `我们家婷婷`).
  static let addressCues: [[Unicode.Scalar]] = [
    "亲爱的", "好朋友", "朋友", "闺蜜", "同事", "室友", "老婆", "老公", "女儿", "儿子", "宝贝", "我家", "我们家", "晚安",
    "早安", "名叫", "叫做", "我叫", "她叫", "他叫", "想念", "谢谢", "好友",
  ].map { Array($0.unicodeScalars) }

  /// The family names these rules try: the 150 most frequent of mingzi 1.2.3's list (MIT), less
  /// eight that are also frequent function words (于 向 关 祝 万 常 尚 曲: 于是, 向前, 关于, 祝你…).
  /// Rarer family names are ordinary characters far more often in posts (那, 中, 前, 连, 许多…
  /// were masked as names when every lexicon surname was tried).
  static let contextFamilyNames: Set<Unicode.Scalar> = Set(
    "李王张刘陈杨黄孙周吴徐赵朱马胡郭林何高梁郑罗宋谢唐韩曹许邓萧冯曾程蔡彭潘袁董余苏叶吕魏蒋田杜丁沈姜范江傅锺卢汪戴崔任陆廖姚方金丘夏谭韦贾邹石熊孟秦阎薛侯雷白龙段郝孔邵史毛顾赖武康贺严尹钱施牛洪龚汤陶黎温莫易樊乔文安殷颜庄章鲁倪庞邢俞翟蓝聂齐申葛柴伍覃骆焦柳欧纪毕耿芦左季管符辛苗詹靳祁"
      .unicodeScalars)

  /// Two-character family names (the lexicon lists their first character only).
  static let compoundFamilyNames: Set<String> = [
    "欧阳", "司马", "诸葛", "上官", "东方", "慕容", "令狐", "皇甫", "司徒", "夏侯", "尉迟", "公孙", "长孙", "宇文", "轩辕",
    "端木", "独孤", "南宫", "西门", "澹台", "呼延", "申屠", "万俟", "闻人", "赫连", "钟离", "淳于", "单于", "太史",
  ]

  /// First characters of ``compoundFamilyNames``: tested before a `String` is built.
  static let compoundFamilyFirsts: Set<Unicode.Scalar> = Set(compoundFamilyNames.compactMap(\.unicodeScalars.first))

  /// Characters that are no part of a name: pronouns, particles, negation, measure words, the
  /// verbs and prepositions around names, and place units (白水县 is a county, not 白 + 水县).
  static let nonNameCharacters: Set<Unicode.Scalar> = Set(
    "我你他她它们的地得了着过吗呢吧啊呀哦嘛是在和与跟给说讲也都就还又很被把对向去来要想会能可不没这那个些有到从让叫问告请带打发刚才已今昨天县区市省镇乡村路街"
      .unicodeScalars)

  /// The text's characters and the byte offset of each, plus the end offset.
  static func scalars(of bytes: UnsafeBufferPointer<UInt8>) -> ([Unicode.Scalar], [Int]) {
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []
    var index = 0
    while index < bytes.count {
      let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
      scalars.append(scalar)
      offsets.append(index)
      index += length
    }
    offsets.append(bytes.count)
    return (scalars, offsets)
  }

  /// Calls `body` with the byte range and explanation of every name the context rules find.
  func forEachContextName(in text: [Unicode.Scalar], offsets: [Int], _ body: (Range<Int>, String) -> Void) {
    var givenNames: [Range<Int>] = []
    var index = 0
    while index < text.count {
      if Self.isHan(text[index]), let (end, givenStart, why) = contextName(at: index, in: text) {
        if end - givenStart == 2 { givenNames.append(givenStart..<end) }
        body(offsets[index]..<offsets[end], why)
        index = end
      } else {
        index += 1
      }
    }
    // A doubled given name (`婷婷说`) or one after an address word (`亲爱的晓燕`).
    index = 0
    while index + 2 <= text.count {
      if Self.isHan(text[index]), Self.isLoneGivenName(at: index, in: text) {
        body(offsets[index]..<offsets[index + 2], "chinese given name")
        index += 2
      } else {
        index += 1
      }
    }
    // The given name of a full name found above, wherever else it stands (`小明` of `王小明`).
    for range in givenNames {
      let given = Array(text[range])
      guard !Self.commonWords.contains(Self.string(text[range])) else { continue }
      var at = 0
      while at + 2 <= text.count {
        if text[at] == given[0] && text[at + 1] == given[1] && at != range.lowerBound {
          body(offsets[at]..<offsets[at + 2], "chinese given name again")
          at += 2
        } else {
          at += 1
        }
      }
    }
  }

  /// A nickname closed by cues: any character and a kin word (`青哥`, `婵妹`), or 小 and a
  /// character (`小奎`), not an ordinary word (帅哥, 表姐, 小时).
  private static func cueNickname(at start: Int, in text: [Unicode.Scalar]) -> Int? {
    guard start + 2 <= text.count else { return nil }
    let pair = [text[start], text[start + 1]]
    guard pair.allSatisfy({ isHan($0) && !nonNameCharacters.contains($0) }),
      kinWords.contains(pair[1]) || pair[0] == "小"
    else { return nil }
    let word = String(String.UnicodeScalarView(pair))
    guard !ordinaryWords.contains(word), !commonWords.contains(word) else { return nil }
    let left = leftContext(before: start, in: text)
    let right = rightContext(at: start + 2, in: text)
    guard left != .open, right != .open, left == .cue || right == .cue else { return nil }
    return start + 2
  }

  /// The end (exclusive, in characters) of a name starting at `start`, where its given name
  /// starts, and why; nil if none.
  private func contextName(at start: Int, in text: [Unicode.Scalar]) -> (Int, Int, String)? {
    if let end = Self.cueNickname(at: start, in: text) { return (end, end, "chinese nickname") }
    guard Self.isHan(text[start]) else { return nil }
    let compound =
      start + 1 < text.count && Self.compoundFamilyFirsts.contains(text[start])
      && Self.compoundFamilyNames.contains(Self.string(text[start..<(start + 2)]))
    // Set tests first; the lexicon (a string and a hash) only for the few characters left.
    guard compound || Self.contextFamilyNames.contains(text[start]) || isFamilyName(text[start]) else { return nil }
    let left = Self.leftContext(before: start, in: text)
    guard left != .open else { return nil }
    // A family name before a title (`顾老师`, `于律师`): the family name is masked and the title
    // stays, as titles do everywhere (issue 15: titles are not names); before a kin word
    // (`王哥`, `李姐`) the two are one nickname, masked whole. The title is cue enough, so every
    // family name of the lexicon is tried.
    do {
      let afterFamily = start + (compound ? 2 : 1)
      for title in Self.titles where Self.matches(title, in: text, at: afterFamily) {
        let end = afterFamily + title.count
        guard compound || !Self.commonWords.contains(Self.string(text[start..<end])) else { continue }
        let nameEnd = Self.kinTitles.contains(title) ? end : afterFamily
        return (nameEnd, nameEnd, "chinese title name")
      }
    }
    guard compound || Self.contextFamilyNames.contains(text[start]) else { return nil }
    let familyLength = compound ? 2 : 1
    let afterFamily = start + familyLength
    // A family name and one or two given-name characters, longest first.
    for givenLength in [2, 1] {
      let end = afterFamily + givenLength
      guard end <= text.count,
        text[afterFamily..<end].allSatisfy({ Self.isHan($0) && !Self.nonNameCharacters.contains($0) })
      else { continue }
      let candidate = Self.string(text[start..<end])
      guard !Self.commonWords.contains(candidate), familyLength == 2 || !Self.isTitleStart(text, at: afterFamily) else {
        continue
      }
      // Three characters whose first two make an ordinary word (高兴地, 黄金周) are that word.
      if familyLength == 1, givenLength == 2, Self.commonWords.contains(Self.string(text[start..<(start + 2)])) {
        continue
      }
      let right = Self.rightContext(at: end, in: text)
      // 的 closes a name announced on its left (`发现田馥甄的歌`), not any noun (`高质量的`).
      guard right != .open || (left == .cue && end < text.count && text[end] == "的") else { continue }
      if left == .cue || right == .cue { return (end, afterFamily, "chinese name in context") }
    }
    return nil
  }

  /// How a candidate is closed on one side: not at all, by punctuation, the text's edge or a
  /// delimiting character, or by a cue word that announces a person.
  enum Closure { case open, edge, cue }

  static func leftContext(before start: Int, in text: [Unicode.Scalar]) -> Closure {
    guard start > 0 else { return .edge }
    let previous = text[start - 1]
    if previous == "@" { return .cue }
    if !isHan(previous) { return .edge }
    if leftCues.contains(where: { endsWith($0, in: text, at: start) }) { return .cue }
    // The character before makes a word with the first one (或许 of 或许机遇, 对方 of 对方说).
    if commonWords.contains(String(String.UnicodeScalarView([previous, text[start]]))) { return .open }
    // A determiner or measure word starts a noun phrase, not a name (这个王国, 每周末, 全班同学).
    if determiners.contains(previous) { return .open }
    return ChinesePlaceRules.boundaries.contains(previous) ? .edge : .open
  }

  static func rightContext(at end: Int, in text: [Unicode.Scalar]) -> Closure {
    guard end < text.count else { return .edge }
    if !isHan(text[end]) { return .edge }
    return rightCues.contains(where: { matches($0, in: text, at: end) }) ? .cue : .open
  }

  /// A given name alone: two Han characters after an address word, or one character doubled
  /// (`婷婷`) closed on both sides; never an ordinary word.
  static func isLoneGivenName(at start: Int, in text: [Unicode.Scalar]) -> Bool {
    let pair = [text[start], text[start + 1]]
    guard pair.allSatisfy({ isHan($0) && !nonNameCharacters.contains($0) }) else { return false }
    // Not a family name and a title (韩总 of 谢谢韩总: the title rule's).
    guard !commonWords.contains(String(String.UnicodeScalarView(pair))), !isTitleStart(text, at: start + 1) else {
      return false
    }
    let right = rightContext(at: start + 2, in: text)
    if addressCues.contains(where: { endsWith($0, in: text, at: start) }) {
      return right != .open || text[start + 2] == "的"
    }
    guard right != .open else { return false }
    let left = leftContext(before: start, in: text)
    let strongRight = strongRightCues.contains(where: { matches($0, in: text, at: start + 2) })
    // Doubled verbs (学学, 看看) and interjections (哈哈) look alike: a doubled name needs a cue.
    if pair[0] == pair[1] {
      return !interjections.contains(pair[0]) && (left == .cue || (left == .edge && strongRight))
    }
    // Two characters that are no ordinary word, as the subject of a verb of saying or giving
    // at the start of a clause (`顺远说`, `昕霏给我`).
    return left == .edge && strongRight
  }

  /// Determiners and measure words before a noun.
  static let determiners: Set<Unicode.Scalar> = Set("这這那每各本该該此条條个個座些全整位".unicodeScalars)

  /// Characters of laughter and interjections, doubled in every post (哈哈, 嘻嘻, 呜呜).
  static let interjections: Set<Unicode.Scalar> = Set("哈呵嘻嘿嗯啦哇噢哎唉嘤呜喔哦嘛啊呀么吼嘎咯咚".unicodeScalars)

  private static func endsWith(_ word: [Unicode.Scalar], in text: [Unicode.Scalar], at end: Int) -> Bool {
    word.count <= end && text[(end - word.count)..<end].elementsEqual(word)
  }

  private static func isTitleStart(_ text: [Unicode.Scalar], at index: Int) -> Bool {
    titles.contains { matches($0, in: text, at: index) }
  }

  static func matches(_ word: [Unicode.Scalar], in text: [Unicode.Scalar], at index: Int) -> Bool {
    index + word.count <= text.count && text[index..<(index + word.count)].elementsEqual(word)
  }

  static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    String(String.UnicodeScalarView(scalars))
  }
}
