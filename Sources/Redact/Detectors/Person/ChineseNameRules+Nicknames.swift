/// Chinese nicknames: 小/老 + a family name (`小王说`, `老李告诉我`), 阿 + one character
/// (`阿强跟我`), and a family name + a kin word (`王哥说`, `李姐，`, `张爷`). Friends, co-workers and
/// case notes call people this way, without the given name, and the tagger misses them (issue 15).
///
/// Each form is also an ordinary word with other characters (小时, 老师, 阿姨, 帅哥…), so the
/// second character must be a family name the lexicon lists (阿 excepted), the pair must not be
/// one of ``ordinaryWords``, and the nickname must be followed by what follows a person who
/// acts or speaks (``nicknameFollowers``: 说 告 问 跟 给…), by punctuation or another script,
/// or by the end of the text; 的 alone is not enough (小熊的, 老金的 of 养老金的). A character
/// before 小/老 that makes a word with it (很小, 养老, 古老) rules the nickname out.
extension ChineseNameRules {
  static let nicknamePrefixes: Set<Unicode.Scalar> = ["小", "老", "阿"]
  static let kinWords: Set<Unicode.Scalar> = ["哥", "姐", "妹", "爷", "叔", "嫂", "婶"]

  /// What may follow a nickname: verbs of saying and acting, conjunctions and prepositions.
  static let nicknameFollowers: Set<Unicode.Scalar> = Set("说讲告问答笑哭叫喊骂打和跟与同给让请带也都还已又是在被把对向去来要想就".unicodeScalars)

  /// Characters before 小/老 that make a word with it (很小, 养老, 古老, 最小…).
  static let prefixBefore: Set<Unicode.Scalar> = Set("大很最太较更缩渺弱从养古变衰元长遗敬尊防抗月一不越".unicodeScalars)

  /// Ordinary words of these forms.
  static let ordinaryWords: Set<String> = [
    "小时", "小心", "小白", "小马", "小说", "小米", "小龙", "小牛", "小黄", "小雪", "小满", "小寒", "小暑", "小孩", "小姐",
    "小伙", "小学", "小区", "小吃", "小组", "小鸟", "小狗", "小猫", "小编", "小哥", "小弟", "小妹", "小宝", "小费", "小康",
    "小便", "小丑", "小气", "小事", "小人", "小子", "小将", "小家", "小熊", "小猪", "小鱼", "小兔", "小羊", "小鸡", "小草",
    "小花", "小麦", "小葱", "小路", "小车", "小船", "小山", "小河", "小城", "小镇", "小店", "小屋", "小样", "小小", "小声",
    "小跑", "小可", "小于",
    "老师", "老公", "老婆", "老板", "老人", "老家", "老乡", "老大", "老实", "老虎", "老鼠", "老爷", "老外", "老化", "老年",
    "老总", "老兄", "老弟", "老妈", "老爸", "老汉", "老头", "老太", "老鸟", "老百", "老司", "老是", "老去", "老了", "老天",
    "老子", "老娘", "老少", "老将", "老友", "老伴", "老农", "老街", "老区", "老路", "老鹰", "老者", "老手", "老本", "老成",
    "老练", "老式", "老旧", "老样", "老辈", "老生", "老几", "老字", "老窝", "老毛", "老鼠", "老牛", "老马", "老狗", "老猫",
    "老黄", "老白", "老红", "老金", "老城", "老房", "老屋", "老树", "老姐", "老哥", "老妹", "老爹", "老奶", "老钱",
    "阿姨", "阿婆", "阿公", "阿哥", "阿妈", "阿爸", "阿叔", "阿伯", "阿姐", "阿弟", "阿妹", "阿嫂", "阿婶", "阿奶", "阿爷",
    "阿姑", "阿舅", "阿门", "阿弥", "阿胶", "阿猫", "阿狗", "阿飞", "阿里", "阿拉", "阿尔", "阿根", "阿富", "阿联", "阿斯",
    "阿森", "阿迪", "阿玛", "阿凡", "阿卡", "阿克", "阿布", "阿曼", "阿萨", "阿塞", "阿巴", "阿坝", "阿勒", "阿鲁",
    "帅哥", "师哥", "师姐", "师妹", "师爷", "表哥", "表姐", "表妹", "表叔", "表嫂", "堂哥", "堂姐", "堂妹", "大哥", "大姐",
    "大爷", "大叔", "大嫂", "大婶", "二哥", "二姐", "三哥", "空姐", "学姐", "学妹", "学哥", "靓妹", "辣妹", "姐妹", "哥哥",
    "姐姐", "妹妹", "少爷", "姑爷", "爷爷", "叔叔", "嫂嫂", "婶婶", "富哥", "军嫂", "花姐", "龙哥", "虎哥", "熊哥", "毛哥",
    "文哥", "章哥", "鸟叔", "星爷", "网红", "黄哥", "白哥", "金哥", "田哥", "石哥", "马哥", "牛哥", "高哥", "付哥",
  ]

  /// Calls `body` with the byte range of every nickname in `bytes`.
  static func forEachNickname(
    in bytes: UnsafeBufferPointer<UInt8>, isFamilyName: (Unicode.Scalar) -> Bool, _ body: (Range<Int>) -> Void
  ) {
    var index = 0
    var previous: Unicode.Scalar? = nil
    while index < bytes.count {
      let (first, firstLength) = UTF8Scalars.decode(bytes, at: index)
      defer {
        previous = first
        index += firstLength
      }
      let second = index + firstLength
      guard second < bytes.count, first.value >= 0x4E00 else { continue }
      let (next, nextLength) = UTF8Scalars.decode(bytes, at: second)
      let end = second + nextLength
      // Set tests first; the lexicon (a string and a hash) only for the few candidates left.
      let form: Bool
      if nicknamePrefixes.contains(first) {
        form = first == "阿" ? isNicknameCharacter(next) : !prefixBefore.contains(previous ?? " ") && isFamilyName(next)
      } else {
        form = kinWords.contains(next) && isFamilyName(first)
      }
      guard form, endsNickname(bytes, at: end), !ordinaryWords.contains(String(String.UnicodeScalarView([first, next])))
      else { continue }
      body(index..<end)
    }
  }

  /// A Han character that is not itself a kin word or a follower.
  private static func isNicknameCharacter(_ scalar: Unicode.Scalar) -> Bool {
    isHan(scalar) && !kinWords.contains(scalar) && !nicknameFollowers.contains(scalar)
      && !followers.contains(scalar)
  }

  /// Whether a nickname may end at `index`: at the end, before a non-Han character, or before
  /// one of ``nicknameFollowers``.
  private static func endsNickname(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index < bytes.count else { return true }
    let (scalar, _) = UTF8Scalars.decode(bytes, at: index)
    return !isHan(scalar) || nicknameFollowers.contains(scalar)
  }
}
