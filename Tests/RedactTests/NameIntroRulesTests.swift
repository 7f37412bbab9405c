import Testing

@testable import Redact

/// Names introduced by a "my name is" phrase in the region's languages (issue 15): random names
/// of each script in random frames are found whole, and the same phrases before ordinary words
/// find nothing.
@Suite struct NameIntroRulesTests {
  static let lexicon = try! Lexicon.bundled()
  static let rules = NameIntroRules(lexicon: lexicon)

  static func names(_ text: String, rules: NameIntroRules = rules) -> [String] {
    var findings: [Finding] = []
    var text = text
    let bytes = Array(text.utf8)
    text.withUTF8 { rules.detect(in: AnalysisText(bytes: $0), into: &findings) }
    return findings.map { String(decoding: bytes[$0.range], as: UTF8.self) }
  }

  /// A random name of `syllables` syllables: a consonant, then (maybe) a vowel sign.
  static func randomName(
    _ consonants: [String], _ vowels: [String], syllables: ClosedRange<Int>, _ rng: inout SplitMix64
  ) -> String {
    (0..<Int.random(in: syllables, using: &rng)).map { _ in
      consonants.randomElement(using: &rng)! + vowels.randomElement(using: &rng)!
    }.joined()
  }

  static func scalars(_ first: UInt32, _ last: UInt32) -> [String] {
    (first...last).compactMap { Unicode.Scalar($0).map { String(Character($0)) } }
  }

  /// Per language: frames with `@` for the name, and a maker of random names of its script.
  static let kinds: [(language: String, frames: [String], name: @Sendable (inout SplitMix64) -> String)] = [
    (
      "hi", ["मेरा नाम @ है।", "उसका नाम @ था और वह बिहार से है", "बहन का नाम @ है", "मेरा नाम @, उम्र 16", "मुझे @ कहते हैं।"],
      {
        NameIntroRulesTests.randomName(
          ["क", "म", "र", "स", "त", "न", "प", "ल", "व", "ग"], ["", "ा", "ि", "ी", "ु"], syllables: 2...3, &$0)
      }
    ),
    (
      "ne", ["मेरो नाम @ हो।", "बहिनीको नाम @ हो", "उसको नाम @ हो र ऊ १६ वर्षकी हो"],
      {
        NameIntroRulesTests.randomName(
          ["क", "म", "र", "स", "त", "न", "प", "ल", "व", "ग"], ["", "ा", "ि", "ी"], syllables: 2...3, &$0)
      }
    ),
    (
      "latn", ["mera naam @ hai", "Mera naam @ hai, main Patna se hoon", "amar nam @", "mero naam @ ho"],
      { rng in
        let name = NameIntroRulesTests.randomName(
          ["b", "d", "k", "m", "p", "r", "s", "t", "v"], ["a", "i", "u", "e"], syllables: 3...3, &rng)
        return Bool.random(using: &rng) ? name.prefix(1).uppercased() + name.dropFirst() : name
      }
    ),
    (
      "bn", ["আমার নাম @।", "ওর নাম @, বাড়ি খুলনা।", "মেয়েটির নাম @।", "তার নাম ছিল @।"],
      { NameIntroRulesTests.randomName(["ক", "ম", "র", "স", "ত", "ন", "প", "ল"], ["া", "ি"], syllables: 2...3, &$0) }
    ),
    (
      "th", ["ผมชื่อ@ครับ", "หนูชื่อ@ค่ะ อายุ 16 ปี", "เขาชื่อ@ มาจากเชียงราย", "ชื่อเล่นว่า@ค่ะ", "ผมชื่อ @ ครับ"],
      {
        NameIntroRulesTests.randomName(
          ["ก", "ม", "ร", "ส", "ต", "น", "พ", "ล", "ว", "ด"], ["", "า", "ิ", "ุ"], syllables: 2...4, &$0)
      }
    ),
    (
      "km", ["ខ្ញុំឈ្មោះ@។", "គាត់ឈ្មោះ @។", "ឈ្មោះរបស់ខ្ញុំគឺ@។"],
      {
        NameIntroRulesTests.randomName(
          ["ក", "ម", "រ", "ស", "ត", "ន", "ព", "ល"], ["ា", "ី", "ូ"], syllables: 2...3, &$0)
      }
    ),
    (
      "id", ["Nama saya @.", "nama saya @, dari Lombok", "Saya @ dari Indramayu.", "Perkenalkan, nama saya adalah @."],
      { rng in
        let name = NameIntroRulesTests.randomName(
          ["B", "D", "K", "M", "R", "S", "W"], ["a", "i", "u"], syllables: 1...1, &rng)
        return name
          + NameIntroRulesTests.randomName(
            ["d", "k", "m", "n", "r", "s", "t"], ["a", "i", "u"], syllables: 2...2, &rng)
      }
    ),
    (
      "tl", ["Ako si @.", "Ang pangalan ko ay @.", "Ako po si @, taga-Samar."],
      { rng in
        let name = NameIntroRulesTests.randomName(
          ["B", "D", "J", "M", "R", "L"], ["a", "o", "e"], syllables: 1...1, &rng)
        return name
          + NameIntroRulesTests.randomName(["d", "l", "m", "n", "r", "s"], ["a", "i", "o"], syllables: 2...2, &rng)
      }
    ),
    (
      "vi", ["Tên tôi là @.", "Tôi tên @, quê ở Nghệ An.", "Em tên là @.", "Tôi là @, năm nay 17 tuổi."],
      { rng in
        ["Nguyễn", "Lò", "Sùng", "Hồ"].randomElement(using: &rng)! + " "
          + ["Thị", "Văn"].randomElement(using: &rng)! + " "
          + ["Lành", "Tỉnh", "Mận", "Gấm", "Khải", "Huệ"].randomElement(using: &rng)!
      }
    ),
    (
      "ko", ["제 이름은 @입니다.", "저는 @입니다.", "그 여자 이름은 @이다.", "안녕하세요, @라고 합니다."],
      { rng in
        ["김", "박", "윤", "최"].randomElement(using: &rng)!
          + (0..<2).map { _ in ["솔", "빈", "훈", "연", "혜", "준", "민", "서"].randomElement(using: &rng)! }.joined()
      }
    ),
    (
      "ja", ["私の名前は@です。", "@と申します。", "彼女の名前は@です。"],
      { rng in
        ["渡辺", "佐々木", "山田", "高橋"].randomElement(using: &rng)!
          + ["陽一", "知実", "京助", "裕美子", "さくら"].randomElement(using: &rng)!
      }
    ),
    (
      "zh", ["我叫@。", "我的名字是@。", "他叫@，今年二十岁。", "她叫@，来自云南。"],
      { rng in
        ["王", "李", "张", "刘", "陈"].randomElement(using: &rng)!
          + (0..<Int.random(in: 1...2, using: &rng)).map { _ in
            ["晓", "婷", "芸", "淼", "琦", "翔"].randomElement(using: &rng)!
          }
          .joined()
      }
    ),
    (
      "my", ["ကျွန်တော့်နာမည် @ ပါ။", "ကျွန်မနာမည်က @ပါ။", "သူ့နာမည် @ တဲ့။"],
      { rng in
        Array(BurmeseNameRules.nameSyllables).sorted().shuffled(using: &rng).prefix(Int.random(in: 2...3, using: &rng))
          .filter { $0 != "ကို" }.joined()
      }
    ),
  ]

  @Test func findsRandomNamesOfEachLanguageInItsFrames() {
    var rng = SplitMix64(seed: 3402)
    for kind in Self.kinds {
      for _ in 0..<30 {
        let name = kind.name(&rng)
        let frame = kind.frames.randomElement(using: &rng)!
        let text = frame.replacingOccurrences(of: "@", with: name)
        #expect(Self.names(text).contains(name), "\(kind.language): \(text)")
        #expect(Self.names(text).allSatisfy { name.contains($0) || $0.contains(name) }, "\(kind.language): \(text)")
      }
    }
  }

  @Test(arguments: [
    "मेरा नाम मत बताना।", "मेरा नाम किसी को मत बताओ।", "उसका नाम याद नहीं है।", "नाम से क्या फर्क पड़ता है?",
    "मेरा नाम लिस्ट में नहीं है।", "mera naam mat batana", "naam se kya lena dena", "mera naam nahi bataungi",
    "uska naam yaad nahi hai", "amar nam bolbo na", "আমার নাম বলতে চাই না।", "আমার নামে কোনো মামলা নেই।",
    "ওর নাম জানি না।", "मेरो नाम नभन्नुहोस्।", "उसको नाम थाहा छैन।", "ชื่อเล่นไม่สำคัญค่ะ", "ผมไม่อยากบอกชื่อครับ",
    "ชื่อเสียงของร้านไม่ดี", "ชื่ออะไรไม่รู้ครับ", "ชื่อบริษัทไม่แน่ใจค่ะ", "Nama saya tidak penting.", "Saya tidak tahu.",
    "nama saya dipalsukan oleh agen", "Namanya juga usaha.", "Ang pangalan ko ay hindi mahalaga.", "Ako si nanay niya.",
    "Tên tôi không quan trọng.", "Tôi tên gì cũng được.", "Tôi là người Việt.", "Em tên là gì?",
    "ខ្ញុំមិនចង់ប្រាប់ឈ្មោះទេ។", "ឈ្មោះអ្វីខ្ញុំមិនដឹងទេ។", "ကျွန်တော့်နာမည် မပြောချင်ဘူး။", "ကျွန်မနာမည်က အရေးမကြီးပါဘူး။",
    "제 이름은 비밀입니다.", "저는 학생입니다.", "저는 괜찮습니다.", "제 이름은 중요하지 않아요.", "저는 한국 사람입니다.",
    "私の名前は秘密です。", "私は学生です。", "名前は忘れました。", "我叫他等一下。", "我的名字不重要。", "他叫我快点走。",
    "我是学生。", "她叫了一辆车。", "My name is not important.", "my name is on the list", "I am called every night.",
    "ความเชื่องช้าดังกล่าว", "อย่าหลงเชื่อโฆษณา", "นักฟิสิกส์ชื่อก้องโลก เสียชีวิต", "มีของขึ้นชื่อคือข้าวขาหมู",
    "তিনি গোপালগঞ্জের নাম পাল্টে দেবেন ।", "grup band bernama Rocker Kasarunk", "मुझे घर जाना है।", "他叫道：快走！",
    "이름이 예쁘다.", "제 이름은 가명입니다.", "จะเข้าชื่อขอถอดถอนก็ทำไม่ได้", "การล่ารายชื่อประชาชนให้ได้มาก",
  ])
  func findsNothingWhenOrdinaryWordsFollowThePhrase(text: String) {
    #expect(Self.names(text).isEmpty, "\(text)")
  }

  @Test func phrasesInsideOtherWordsAreNoPhrases() {
    #expect(Self.names("dinamanya Budi").isEmpty)
    #expect(Self.names("Việt Nam Airlines").isEmpty)
    #expect(Self.names("naam Rahul hai").isEmpty)  // no possessive before the word for "name"
    #expect(Self.names("เชื่อว่าเขาจะมา").isEmpty)  // เชื่อ ("believe") ends in ชื่อ
    #expect(Self.names("ผมชื่อ สมปอง สายทอง ครับ") == ["สมปอง สายทอง"])  // a surname, then a closing word
  }

  @Test func englishPhrasesAreStrictModeOnly() {
    let balanced = NameIntroRules(lexicon: Self.lexicon, mode: .balanced)
    #expect(Self.names("her name is Parvati and she is 19", rules: balanced).isEmpty)
    #expect(Self.names("her name is Parvati and she is 19") == ["Parvati"])
    #expect(Self.names("mera naam Parvati hai", rules: balanced) == ["Parvati"])
  }
}
