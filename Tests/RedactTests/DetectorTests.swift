import Testing

@testable import Redact

@Suite struct EmailDetectorTests {
  @Test(arguments: [
    ("write to lakshmi.devi.1998@example.com today", "lakshmi.devi.1998@example.com"),
    ("(a_b+tag@mail.co.in)", "a_b+tag@mail.co.in"),
    ("email: ნინო@ელ.გე.", "ნინო@ელ.გე"),
    ("mail RAHIM@GMAIL.COM.", "RAHIM@GMAIL.COM"),
    ("ติดต่อ somchai@hotmail.co.th ครับ", "somchai@hotmail.co.th"),
  ])
  func findsAddresses(text: String, expected: String) throws {
    let result = try found(text)
    #expect(result.count == 1)
    #expect(result.first?.0 == .email)
    #expect(result.first?.1 == expected)
  }

  @Test(arguments: ["meet @ 5pm", "user@localhost", "a@b.c1", "price 3@4.5", "@@@", "x@.com"])
  func ignoresNonAddresses(text: String) throws {
    #expect(try found(text).filter { $0.0 == .email }.isEmpty)
  }
}

@Suite struct URLDetectorTests {
  @Test(arguments: [
    ("see https://example.org/a?b=c.", "https://example.org/a?b=c"),
    ("(link: http://x.example/path_(1))", "http://x.example/path_(1)"),
    ("go to www.example.com/forms, then", "www.example.com/forms"),
    ("ftp://files.example.net/a.zip!", "ftp://files.example.net/a.zip"),
    ("地图 https://example.cn/路径。", "https://example.cn/路径"),
  ])
  func findsURLs(text: String, expected: String) throws {
    let result = try found(text)
    #expect(result.map(\.1) == [expected])
    #expect(result.first?.0 == .url)
  }

  @Test(arguments: ["version 1.2.3", "e.g. this", "www.", "colon: //"])
  func ignoresNonURLs(text: String) throws {
    #expect(try found(text).isEmpty)
  }
}

@Suite struct SocialHandleDetectorTests {
  @Test(arguments: [
    ("follow @golden_jobs_bkk now", "@golden_jobs_bkk"),
    ("msg me at t.me/anjali_home.", "t.me/anjali_home"),
    ("https://www.instagram.com/golden.jobs/ ok", "https://www.instagram.com/golden.jobs/"),
    ("FB: m.facebook.com/priya.recruits", "m.facebook.com/priya.recruits"),
    ("tiktok.com/@dance_girl99", "tiktok.com/@dance_girl99"),
    ("whatsapp wa.me/8801712345678", "wa.me/8801712345678"),
    ("line.me/ti/p/~malee.s", "line.me/ti/p/~malee.s"),
    ("X: https://x.com/someone/status/123", "https://x.com/someone/status/123"),
    ("posted by u/throwaway_1234 in", "u/throwaway_1234"),
  ])
  func findsHandlesAndProfileLinks(text: String, expected: String) throws {
    let result = try found(text)
    #expect(result.map(\.1) == [expected])
    #expect(result.first?.0 == .handle)
  }

  @Test(arguments: ["name@example.com", "box.com/files", "notfacebook.com/x", "facebook.com", "email me @ home"])
  func ignoresEmailsAndOtherHosts(text: String) throws {
    #expect(try found(text).filter { $0.0 == .handle }.isEmpty)
  }
}

@Suite struct DenyListDetectorTests {
  let policy = Policy(
    name: "deny",
    denyList: [
      .init(term: "Sindhu"), .init(term: "Nguyễn Thị Lan"), .init(term: "Shamshabad", kind: .location),
      .init(term: "রহিম"), .init(term: "田中"),
    ],
    // The deny list alone: the tagger and the name lexicon would find most of these names too.
    disabledDetectors: ["tagger", "name-lexicon"])

  @Test(arguments: [
    ("Sindhu said", "Sindhu"), ("SINDHU!", "SINDHU"), ("sindhu's mother", "sindhu"),
    ("Ｓｉｎｄｈｕ", "Ｓｉｎｄｈｕ"), ("ms nguyen thi lan", "nguyen thi lan"), ("NGUYỄN THỊ LAN", "NGUYỄN THỊ LAN"),
    // A Bengali name recurs with its case ending (the recurrence pass): the ending is masked too.
    ("রহিমের বাড়ি", "রহিমের"), ("田中さん", "田中"),
  ])
  func matchesFoldedWholeWords(text: String, expected: String) throws {
    #expect(try found(text, policy: policy).map(\.1) == [expected])
  }

  @Test(arguments: ["Sindhuja came", "asindhu", "Nguyen Thi Lang"])
  func doesNotMatchInsideLatinWords(text: String) throws {
    #expect(try found(text, policy: policy).isEmpty)
  }

  @Test func reportsTheEntryKind() throws {
    #expect(try found("near Shamshabad", policy: policy).map(\.0) == [.location])
  }
}
