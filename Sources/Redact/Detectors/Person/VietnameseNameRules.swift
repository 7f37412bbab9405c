/// Finds Vietnamese person names by their shape, with or without diacritics and in lower case:
///
/// - a family name from the closed list (Nguyễn, Trần, Lê, Phạm…) followed by up to three
///   capitalised syllables (`Nguyễn Văn An`, `Tran Thi Lan`);
/// - in lower case, a family name, a middle name (văn, thị, đức…) and a syllable
///   (`nguyễn thị hồng`), or a common family name and a listed given name (`trần dũng`);
/// - a title or kin term (anh, chị, ông, bà, em, cô, chú, bác…) or `tên là` followed by
///   capitalised syllables, or by a listed given name in lower case (`chị lan`); the title stays
///   outside the mask;
/// - in Vietnamese text, a capitalised listed given or family name inside a sentence;
/// - in text written with diacritics, lower-case listed given names that open a clause before a
///   verb or particle written with its marks (`thắm đổi số rồi`, `huệ, loan và thơm vẫn ở …`).
///
/// Vietnamese words that equal names (`lê` "pear", `hồ` "lake", `mình` "we", `anh ấy`
/// "he") are left alone: lower-case words need a middle name, a title, or a strong family name,
/// and a word list of pronouns and particles vetoes them. Text that is not Vietnamese (no
/// Vietnamese letter, few Vietnamese function words) only gets the first rule, and only with a
/// middle or listed given name after the family name (`Do Not Disturb` and `Le Monde` stay).
///
/// - Complexity: O(n) in the tokens, after a gate that costs one set lookup per token for text
///   with no Vietnamese letter.
package struct VietnameseNameRules: Detector {
  package let id = "vi-names"
  private let lexicon: Lexicon

  package init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  package func detect(in text: AnalysisText, into findings: inout [Finding]) {
    guard let signal = VietnameseText.sharedSignal(of: text),
      signal != .none || VietnameseText.mayHoldName(withoutSignal: text), let vi = VietnameseText.shared(text)
    else { return }
    findNames(in: vi, into: &findings)
  }

  /// The rules over a text's words, without the gate of ``detect(in:into:)`` (tests compare
  /// the two).
  func findNames(in vi: VietnameseText, into findings: inout [Finding]) {
    let words = vi.words
    var index = 0
    while index < words.count {
      guard let word = words[index] else {
        index += 1
        continue
      }
      // The last word of a role word (`cáo` of `bị cáo`, folded like the family name Cao) starts
      // no name: the name follows it.
      if !isRoleCue(at: index, in: vi), let end = name(at: index, in: vi) {
        findings.append(
          Finding(
            kind: .person, range: word.range.lowerBound..<words[end - 1]!.range.upperBound, score: 0.8, detector: id,
            explanation: "vi-name"))
        index = end
        continue
      }
      // "Bảo với Hiếu", "Hồng và Noà": two capitalised words joined by "with" or "and".
      if vi.signal != .none, word.capitalised, word.syllable, !word.allCaps, index + 2 < words.count,
        let link = words[index + 1], vi.joined(index + 1), ["với", "voi", "và", "va"].contains(link.exact),
        let other = words[index + 2], vi.joined(index + 2), other.capitalised, other.syllable, !other.allCaps,
        !isTitle(at: index, in: vi), !isPlace(index..<index + 1, in: vi), !isPlace(index + 2..<index + 3, in: vi)
      {
        for position in [index, index + 2] {
          findings.append(
            Finding(
              kind: .person, range: words[position]!.range, score: 0.7, detector: id, explanation: "vi-pair"))
        }
        index += 3
        continue
      }
      // Foreign names in Vietnamese text (the English model no longer sees it): capitalised
      // words that are not Vietnamese syllables, at least one a name of the lexicon and none a
      // place or an ordinary English word ("Donald Trump", "Rahim Uddin").
      if vi.signal != .none, word.capitalised, !word.syllable, !word.allCaps, let end = foreignName(at: index, in: vi) {
        findings.append(
          Finding(
            kind: .person, range: word.range.lowerBound..<words[end - 1]!.range.upperBound, score: 0.6,
            detector: id, explanation: "vi-foreign"))
        index = end
        continue
      }
      // A lower-case listed given name after a verb of contact or `với`/`của` ("nói chuyện với
      // lan rồi", "số điện thoại của đạt ko", "ai biết hảo ở đâu"), when a particle, a verb of
      // place or the end of the clause follows it.
      // Not after `đối với` (a role word: the rule below takes a whole name there), nor before
      // a name the shape rules take (`với nguyễn văn an`).
      if vi.signal != .none, !word.capitalised, index + 1 < words.count, vi.joined(index + 1),
        !isRoleCue(at: index, in: vi), name(at: index + 1, in: vi) == nil,
        let end = givenNameAfterContact(index, in: vi)
      {
        findings.append(
          Finding(
            kind: .person, range: words[index + 1]!.range, score: 0.7, detector: id, explanation: "vi-contact"))
        index = end
        continue
      }
      // Lower-case listed given names that open a clause before a verb or particle written with
      // its marks ("thắm đổi số rồi", "huệ, loan và thơm vẫn ở …").
      if vi.signal == .diacritics, !word.capitalised, let items = clauseSubjectNames(at: index, in: vi) {
        for item in items {
          findings.append(
            Finding(kind: .person, range: words[item]!.range, score: 0.7, detector: id, explanation: "vi-subject"))
        }
        index = items[items.count - 1] + 1
        continue
      }
      // A title or kin term: the name after it.
      // `bạn thành công` ("you succeed"), `em an tâm`: the word after the title starts an
      // ordinary compound, not a name.
      // A role word of news that capitalises its names (`Các bị cáo gồm …`, `Nạn nhân quê ở …`)
      // takes no lower-case word after it.
      if isTitle(at: index, in: vi), index + 1 < words.count, vi.joined(index + 1), let next = words[index + 1],
        next.capitalised || index + 2 >= words.count || !vi.joined(index + 2) || words[index + 2].map({ !isCompound($0, after: next) }) ?? true,
        next.capitalised || !vi.capitalisesNames || !isRoleCue(at: index, in: vi)
      {
        var end = index + 1
        if next.capitalised && next.syllable && !next.allCaps {
          end = capitalisedRun(from: index + 1, in: vi)
          if isPlace(index + 1..<end, in: vi) && end - index - 1 > 1 { end = index + 1 }
        } else if next.capitalised && next.allCaps && next.syllable && vi.signal != .none {
          // `chị LAN`, `bà NGUYỄN THỊ HOA`: a name in capitals after a title.
          end = capitalsRun(from: index + 1, in: vi)
          if isPlace(index + 1..<end, in: vi) { end = index + 1 }
        } else if vi.signal != .none && !next.capitalised && isRoleCue(at: index, in: vi) && next.syllable
          && !isVetoed(next, vi.signal) && vi.placeWord(at: index + 1) == nil
        {
          // `đối tượng kiều bương`, `bị can thào seo trọ`: a role word of police and court
          // records names whoever follows; a family name takes up to three more syllables.
          end = max(index + 2, name(at: index + 1, in: vi) ?? 0)
          if end == index + 2 && VietnameseLexicon.family.contains(next.folded) {
            // A given name that is also a word (Thương "love") still counts here.
            while end < words.count, end - index - 1 < 4, vi.joined(end), let w = words[end], !w.capitalised, w.syllable,
              !isVetoed(w, vi.signal) || VietnameseLexicon.given.contains(w.folded), !isStopWord(w),
              vi.placeWord(at: end) == nil
            {
              end += 1
            }
          }
        } else if vi.signal != .none && !next.capitalised, !isCompound(next, after: word), let nameEnd = name(at: index + 1, in: vi) {
          end = nameEnd
        } else if vi.signal != .none && !next.capitalised && next.syllable && isLowerName(next, vi.signal)
          && !isCompound(next, after: word)
        {
          end = index + 2
          while end < words.count, end - index - 1 < 4, vi.joined(end), let w = words[end], !w.capitalised,
            isLowerName(w, vi.signal), !isCompound(w, after: words[end - 1]!)
          {
            end += 1
          }
        } else if vi.signal != .none && !next.capitalised && next.syllable && !isVetoed(next, vi.signal)
          && afterNameCue(index + 1, in: vi)
        {
          end = index + 2
        } else if vi.signal != .none && !next.capitalised && next.syllable && !isVetoed(next, vi.signal),
          index + 2 < words.count, vi.joined(index + 2), let after = words[index + 2],
          Self.afterSubject.contains(after.exact) || after.exact == after.folded && Self.afterSubjectFolded.contains(after.folded)
        {
          // "chị khơi nói…", "nhắn cho chú buấn giùm…": an unlisted word between a kin term and
          // a verb or particle is the name it addresses.
          end = index + 2
        }
        if end > index + 1 {
          findings.append(
            Finding(
              kind: .person, range: next.range.lowerBound..<words[end - 1]!.range.upperBound, score: 0.75,
              detector: id, explanation: "vi-title"))
          index = end
          continue
        }
      }
      index += 1
    }
  }

  /// The end (exclusive) of a name starting at `index` by its own shape, or nil.
  private func name(at index: Int, in vi: VietnameseText) -> Int? {
    let words = vi.words
    // Letters glued to a number (`55A`, `371B`) are part of it, not a name.
    guard let word = words[index], word.syllable, !vi.followsPlaceWord(index),
      index == 0 || vi.tokens[index].spaceBefore || vi.tokens[index - 1].script != .digits,
      vi.placeWord(at: index) == nil, index == 0 || (vi.placeWord(at: index - 1)?.length ?? 0) < 2
    else { return nil }
    // In text that is not all capitals, a name in capitals is one of a form or an ID (text all in
    // capitals is read as lower case: its words are not `capitalised`).
    if word.allCaps && word.capitalised { return capitalsName(at: index, in: vi) }
    let isFamily = VietnameseLexicon.family.contains(word.folded)
    if word.capitalised {
      // "Ông Vương…": a title is never the family name of the run it starts.
      if word.exact != word.folded && (VietnameseLexicon.titlesExact.contains(word.exact) || word.exact == "trưởng") { return nil }
      let end = capitalisedRun(from: index, in: vi)
      if end - index >= 2 && isFamily {
        let second = words[index + 1]!.folded
        // A place that starts like a name (Hà Nội, Hồ Chí Minh) is the place detector's.
        if isPlace(index..<end, in: vi) && !VietnameseLexicon.middle.contains(second) { return nil }
        switch vi.signal {
        case .diacritics, .plain: return min(end, index + 4)
        case .none:
          let strong = VietnameseLexicon.strongFamily.contains(word.folded)
          if VietnameseLexicon.middle.contains(second) || strong && VietnameseLexicon.given.contains(second) {
            return min(end, index + 4)
          }
          return nil
        }
      }
      // One capitalised listed name inside a Vietnamese sentence (Vietnamese capitalises only
      // proper nouns), not a place and not right after a title (handled there).
      // The end of a longer capitalised run (Phòng of Hải Phòng) is not one.
      // A capitalised first word of a sentence before it ("Gọi An") is only a verb.
      let afterCapital =
        vi.previousWord(index).map { $0.capitalised && (!$0.sentenceStart || isPlace(index - 1..<index + 1, in: vi)) }
        ?? false
      // At a sentence start, a listed given name right before a verb or function word written
      // with its marks (`Tuấn ở Huế`, `Lan về quê rồi`) is the subject, not a verb.
      if end - index == 1, vi.signal != .none, !word.sentenceStart || startsSentenceAsSubject(index, in: vi), !afterCapital,
        index == 0 || !isTitle(at: index - 1, in: vi),
        VietnameseLexicon.given.contains(word.folded) || isFamily || !Self.capitalisedNouns.contains(word.folded),
        !isPlace(index..<end, in: vi), !VietnameseLexicon.notNamesExact.contains(word.exact),
        !VietnameseLexicon.titlesExact.contains(word.exact), vi.signal == .diacritics || !VietnameseLexicon.titles.contains(word.folded),
        !startsCompound(at: index, in: vi)
      {
        return end
      }
      return nil
    }
    // Lower case: family + middle + syllable, or a strong family + a listed given name. A family
    // name that is also a title or a particle (`chu`/chú, `la`/là) does not start one.
    let particle =
      word.exact != word.folded || vi.signal == .diacritics
      ? VietnameseLexicon.notNamesExact.contains(word.exact) : VietnameseLexicon.notNamesFolded.contains(word.folded)
    let title =
      word.exact != word.folded || vi.signal == .diacritics
      ? VietnameseLexicon.titlesExact.contains(word.exact) : VietnameseLexicon.titles.contains(word.folded)
    // Typed without marks, `vo`, `chu`, `chau` are also vợ, chú, cháu; before `van` or `thi` and
    // one more word they are Võ, Chu, Châu (`so cua vo van an`; issue 15, session 34).
    let familyBeforeMiddle =
      word.exact == word.folded && vi.signal == .plain && index + 2 < words.count && vi.joined(index + 1)
      && vi.joined(index + 2) && words[index + 1].map { ["van", "thi"].contains($0.exact) } == true
      && words[index + 2].map { $0.syllable && !$0.capitalised } == true
    guard vi.signal != .none, isFamily, !particle, !title || familyBeforeMiddle,
      spelt(word, in: vi, VietnameseLexicon.familyExact),
      index + 2 <= words.count, vi.joined(index + 1), let second = words[index + 1], !second.capitalised, second.syllable
    else { return nil }
    // `cơ quan điều tra` ("investigating agency") starts with a compound, not the family Quan.
    if let before = vi.previousWord(index), isCompound(word, after: before) { return nil }
    // With diacritics, the family name must carry its own marks: `trình báo` ("report") is
    // not Trịnh Báo.
    let strongFamily =
      vi.signal == .plain ? VietnameseLexicon.strongFamily.contains(word.folded)
      : VietnameseLexicon.strongFamilyExact.contains(word.exact)
    // The Hmông middle name `A` only after a Hmông family name (`giàng a páo`; `to a việc` is
    // no name). A middle and a given name that make an ordinary word (`bánh trung thu`) follow
    // only a family name that is rarely anything else (`nguyễn anh hùng`).
    if VietnameseLexicon.middle.contains(second.folded),
      second.folded != "a" || VietnameseLexicon.hmongFamily.contains(word.folded), index + 2 < words.count,
      vi.joined(index + 2),
      let third = words[index + 2], !third.capitalised, third.syllable, strongFamily || !isCompound(third, after: second),
      !VietnameseLexicon.placeStopWords.contains(third.exact),
      third.exact != third.folded || !VietnameseLexicon.placeStopWordsFolded.contains(third.folded)
    {
      var end = index + 3
      if end < words.count, vi.joined(end), let fourth = words[end], !fourth.capitalised, isLowerName(fourth, vi.signal),
        VietnameseLexicon.given.contains(fourth.folded)
      {
        end += 1
      }
      return end
    }
    // A family name and one or two listed given names (`nguyễn mai nhàn`, `trần dũng`): after
    // a strong family name one or two; after another family name that is also a word (`hồ`
    // "lake", `cao` "tall"), two, in text written with diacritics (`hồ thu hương`).
    if isLowerName(second, vi.signal) && VietnameseLexicon.given.contains(second.folded)
      && !isCompound(second, after: word)
    {
      var third = false
      if index + 2 < words.count, vi.joined(index + 2), let word3 = words[index + 2], !word3.capitalised,
        isLowerName(word3, vi.signal), VietnameseLexicon.given.contains(word3.folded), !isCompound(word3, after: second),
        !VietnameseLexicon.placeStopWords.contains(word3.exact), vi.placeWord(at: index + 2) == nil
      {
        third = true
      }
      if strongFamily { return third ? index + 3 : index + 2 }
      if third && vi.signal == .diacritics && Self.familiesBeforeTwoGivens.contains(word.exact)
        && !isCompound(second, after: word)
      {
        return index + 3
      }
    }
    return nil
  }

  /// The end of the one-word name after the verb of contact or preposition at `index`, or nil.
  private func givenNameAfterContact(_ index: Int, in vi: VietnameseText) -> Int? {
    guard let cue = vi.words[index], let next = vi.words[index + 1], !next.capitalised, next.syllable
    else { return nil }
    let exact = cue.exact != cue.folded || vi.signal == .diacritics
    guard exact ? Self.contactCues.contains(cue.exact) : Self.contactCuesFolded.contains(cue.folded),
      isLowerName(next, vi.signal), VietnameseLexicon.given.contains(next.folded), !isVetoed(next, vi.signal),
      !Self.wordsAfterContact.contains(next.folded), vi.placeWord(at: index + 1) == nil
    else { return nil }
    // The clause ends after the name: the text's end, a symbol, or a particle or verb.
    let after = index + 2
    guard after < vi.words.count, vi.joined(after) else { return after }
    guard let following = vi.words[after] else { return after }
    let follows =
      Self.afterSubject.contains(following.exact) || Self.afterContact.contains(following.exact)
      || following.exact == following.folded
        && (Self.afterSubjectFolded.contains(following.folded) || Self.afterContactFolded.contains(following.folded))
    return follows ? after : nil
  }

  /// The word indices of lower-case listed given names that open a clause at `index` (the
  /// text's or a sentence's start, or after a comma), alone or in a list joined by commas,
  /// `và` or `với`, when a verb or particle written with its marks follows the last
  /// (``subjectVerbs``); nil otherwise. A given name
  /// that is as often a word (`mai` "tomorrow", `an`, `hà`, `thu`) counts only in a list of two
  /// or more.
  private func clauseSubjectNames(at index: Int, in vi: VietnameseText) -> [Int]? {
    let words = vi.words
    // After a comma only when an interjection stands alone before it ("ừ, lan về rồi"): a clause
    // after a comma in news and records opens with an adverb or verb ("…, hiện làm việc ở …",
    // "…, khai nhận …").
    guard let first = words[index],
      first.sentenceStart
        || (index >= 2 && vi.symbols[index - 1] == UInt8(ascii: ",") && words[index - 2].map {
          $0.sentenceStart && Self.interjections.contains($0.exact)
        } == true)
    else { return nil }
    func isItem(_ i: Int) -> Bool {
      guard i < words.count, let w = words[i], !w.capitalised, w.syllable, VietnameseLexicon.given.contains(w.folded),
        isLowerName(w, vi.signal), !isVetoed(w, vi.signal), vi.placeWord(at: i) == nil
      else { return false }
      return true
    }
    guard isItem(index) else { return nil }
    var items = [index]
    var next = index + 1
    while next + 1 < words.count {
      let isComma = words[next] == nil && vi.symbols[next] == UInt8(ascii: ",")
      let isAnd = vi.joined(next) && words[next].map { ["và", "với"].contains($0.exact) } == true
      guard isComma || isAnd else { break }
      var item = next + 1
      // ", và"
      if isComma, let w = words[item], ["và", "với"].contains(w.exact) { item += 1 }
      guard isItem(item) else { break }
      items.append(item)
      next = item + 1
    }
    guard next < words.count, vi.joined(next), let verb = words[next], !verb.capitalised, verb.exact != verb.folded,
      Self.subjectVerbs.contains(verb.exact),
      !isCompound(verb, after: words[next - 1]!)
    else { return nil }
    if items.count == 1 {
      let only = words[index]!
      if Self.wordsAfterContact.contains(only.folded) || Self.wordsBeforeVerbs.contains(only.exact) { return nil }
    }
    return items
  }

  /// Verbs, tense and aspect particles and the vocative `ơi`, written with their marks, that
  /// follow the name opening a clause ("lan đã về", "thắm đổi số", "huệ ơi"). Not the
  /// demonstratives and possessives of ``NameEdgeTrimmer/vietnameseEdgeWords`` (`trang này`
  /// "this page", `trang của tôi`), nor `có`, `mà`, `rồi`.
  private static let subjectVerbs: Set<String> = [
    "đã", "đang", "sẽ", "vừa", "mới", "cũng", "vẫn", "chưa", "còn", "không", "về", "đi", "ở", "đến", "tới", "là",
    "làm", "nói", "gặp", "hỏi", "gọi", "nhắn", "biết", "lên", "xuống", "vào", "bị", "được", "rời", "ơi",
    "đổi", "mất", "ốm", "nghỉ", "bảo", "kêu", "muốn", "cần", "sống", "khóc", "ngủ", "gửi", "nhờ", "hứa", "thích",
    "chuyển", "trốn", "nhận", "mua", "bán", "ăn", "uống", "học", "chờ", "đợi", "chạy", "bỏ", "ra",
  ]

  /// Interjections of chat that may stand before a comma and a clause's subject.
  private static let interjections: Set<String> = ["ừ", "ờ", "ok", "oke", "dạ", "vâng", "à", "alo", "ê", "ơ", "thôi", "ừm"]

  /// Given names that open a sentence as an ordinary word as often (`hoà` "draw", `lộc`
  /// "luck", `tài` "talent" …), with their marks: alone, they need a cue.
  private static let wordsBeforeVerbs: Set<String> = [
    "mai", "năm", "an", "thu", "xuân", "hè", "đông", "hoà", "hòa", "lộc", "tài", "phúc", "bảo", "kim", "hà",
    "sang", "phát", "thịnh", "quý", "nghĩa", "vinh", "vĩnh", "lực", "mạnh", "thạch", "bích", "giao", "hiện", "khai",
  ]

  /// Verbs of contact and prepositions before a person: with, of, meet, text, call, ask, know,
  /// see, look for; chat spellings without marks.
  private static let contactCues: Set<String> = ["với", "của", "gặp", "nhắn", "gọi", "hỏi", "biết", "thấy", "tìm", "vs"]
  private static let contactCuesFolded: Set<String> = [
    "voi", "cua", "gap", "nhan", "goi", "hoi", "biet", "bit", "bik", "thay", "tim", "vs",
  ]
  /// Given names that after these words are more often a word: `nhắn tin` "to text", `với nam`
  /// "with the south", `tìm an` "seek safety", `hỏi thăm` "ask after", `mai` "tomorrow"…, folded.
  private static let wordsAfterContact: Set<String> = [
    "tin", "an", "nam", "binh", "hoa", "tam", "thanh", "phuc", "loc", "tai", "mai", "xuan", "thu", "dong", "viet",
    "ha", "hai", "trung", "quang", "long", "kim", "vinh", "tien", "son", "tham",
  ]
  /// Particles of chat after a name that ends a question or a clause (không, ko, hok, k, nhé…).
  private static let afterContact: Set<String> = ["không", "ko", "k", "hok", "khong", "nhé", "nha", "rồi", "r", "đâu", "luôn"]
  private static let afterContactFolded: Set<String> = ["khong", "ko", "k", "hok", "nhe", "nha", "roi", "r", "dau", "luon", "di"]

  /// Family names that are also words (`hồ` "lake", `cao` "tall", `lê` "pear") but start no
  /// everyday phrase of two given names: in lower case, with diacritics, they take two. Not
  /// `tăng` (`tăng cường an ninh`), `từ`, `lại`, `mai` (`mai anh đào`), `thái` (`thái bình`),
  /// `đỗ` (`đỗ đạt`), `hà`, `văn` (`văn hóa`).
  private static let familiesBeforeTwoGivens: Set<String> = [
    "lê", "hồ", "lý", "lí", "lâm", "tạ", "châu", "cao", "lưu", "chu", "tôn", "thạch", "tống", "diệp", "bạch", "giáp",
  ]

  /// Whether the capitalised word at `index`, first of its sentence, is a listed given name
  /// followed by a Vietnamese verb or function word written with its marks
  /// (``NameEdgeTrimmer/vietnameseEdgeWords``). Not the given names that are also a word
  /// starting a sentence: `Mai` ("tomorrow"), `Năm` ("year", "five"), `An`, `Thu` ("autumn").
  private func startsSentenceAsSubject(_ index: Int, in vi: VietnameseText) -> Bool {
    guard let word = vi.words[index], VietnameseLexicon.given.contains(word.folded),
      !["mai", "năm", "nam", "an", "thu", "xuân", "hè", "đông"].contains(word.exact),
      !VietnameseLexicon.notNamesExact.contains(word.exact), index + 1 < vi.words.count, vi.joined(index + 1),
      let next = vi.words[index + 1], !next.capitalised
    else { return false }
    return NameEdgeTrimmer.vietnameseEdgeWords.contains(next.exact)
  }

  /// Whether the capitalised word at `index` and the lower-case word after it make an ordinary
  /// compound of news and records: a rank, an office, a body (`Trung tướng`, `Cảnh sát`, `Ban
  /// Chỉ đạo`, `Tổ chức Di cư`, `Đồn trưởng`), not a name.
  private func startsCompound(at index: Int, in vi: VietnameseText) -> Bool {
    guard index + 1 < vi.words.count, vi.joined(index + 1), let word = vi.words[index], let next = vi.words[index + 1],
      !next.capitalised
    else { return false }
    if word.exact != word.folded || next.exact != next.folded || vi.signal == .diacritics {
      return VietnameseLexicon.officeCompounds.contains(word.exact + " " + next.exact)
    }
    return VietnameseLexicon.officeCompoundsFolded.contains(word.folded + " " + next.folded)
  }

  /// Whether the lexicon holds the word as an ordinary English word.
  private func isEnglishWord(_ word: VietnameseText.Word) -> Bool {
    lexicon.flags(forKey: word.lexiconKey).contains(.commonWord)
  }

  /// Whether a lower-case word listed by its folded form is spelt as in `exact`: always when
  /// it is written without marks in text without diacritics; with diacritics, only when its
  /// marks are those of a listed spelling.
  private func spelt(_ word: VietnameseText.Word, in vi: VietnameseText, _ exact: Set<String>) -> Bool {
    word.exact == word.folded && vi.signal != .diacritics || exact.contains(word.exact)
  }

  private func foreignName(at index: Int, in vi: VietnameseText) -> Int? {
    var end = index
    var named = false
    while end < vi.words.count, end - index < 4, end == index || vi.joined(end), let w = vi.words[end], w.capitalised,
      !w.allCaps
    {
      let flags = lexicon.flags(forKey: w.lexiconKey)
      // It starts with a name that is not an ordinary word ("Ok Đức", "Call Trần…" do not).
      if end == index && (flags.isDisjoint(with: .name) || flags.contains(.commonWord)) { return nil }
      // A place that is not also a name (Dhaka, Malaysia) ends it; Donald (a town too) does not.
      if !flags.isDisjoint(with: .place) && flags.isDisjoint(with: .name) || flags.contains(.demonym) { return nil }
      // An ordinary English word counts only as part of a name ("Trump" after "Donald").
      if flags.isDisjoint(with: .name) && flags.contains(.commonWord) { return nil }
      if !flags.isDisjoint(with: .name) && !flags.contains(.commonWord) { named = true }
      end += 1
    }
    return named ? end : nil
  }

  /// The end (exclusive) of a name written in capitals that starts at `index`, in text that is
  /// not all capitals, as forms, IDs and lists write names (`Họ và tên: NGUYỄN VĂN AN`, `Người
  /// khai: ĐỖ BẢO CHÂU`, a name alone on a line), or nil: a family name and one to three more
  /// syllables in capitals (``capitalsRun(from:in:)``), the second a middle or listed given name
  /// unless three or more follow the family name. Before, every word in capitals was passed
  /// over (issue 15, session 34), as the English model leaves Vietnamese text alone.
  ///
  /// In text with diacritics, a family name written with marks must be spelt as one
  /// (`ĐỘNG` is not Đồng). Not a place (`HÀ NỘI`, `CAO BẰNG`, `LÂM ĐỒNG` start with family
  /// names). In text that is not Vietnamese, only a middle name or a strong family name and a
  /// listed given name make one (`NGUYEN VAN AN`; `LE MONDE`, `TO DO` stay).
  private func capitalsName(at index: Int, in vi: VietnameseText) -> Int? {
    let words = vi.words
    guard let word = words[index], VietnameseLexicon.family.contains(word.folded),
      word.exact == word.folded || VietnameseLexicon.familyExact.contains(word.exact)
    else { return nil }
    let end = capitalsRun(from: index, in: vi)
    guard end - index >= 2, let second = words[index + 1] else { return nil }
    for length in 2...(end - index) where isPlace(index..<index + length, in: vi) { return nil }
    let listed = VietnameseLexicon.middle.contains(second.folded) || VietnameseLexicon.given.contains(second.folded)
    switch vi.signal {
    case .none:
      let strong = VietnameseLexicon.strongFamily.contains(word.folded)
      guard
        VietnameseLexicon.middle.contains(second.folded) || strong && VietnameseLexicon.given.contains(second.folded)
      else { return nil }
    case .diacritics, .plain:
      guard listed || end - index >= 3 else { return nil }
    }
    return end
  }

  /// End of the run of syllables in capitals starting at `index` (at most four), up to a
  /// function word (``NameEdgeTrimmer/vietnameseEdgeWords``; in text without diacritics, the
  /// same without marks, ``capitalsStopWordsFolded``) or a place word.
  private func capitalsRun(from index: Int, in vi: VietnameseText) -> Int {
    var end = index + 1
    while end < vi.words.count, end - index < 4, vi.joined(end), let w = vi.words[end], w.capitalised, w.syllable,
      w.allCaps || w.exact.unicodeScalars.count == 1, !NameEdgeTrimmer.vietnameseEdgeWords.contains(w.exact),
      w.exact != w.folded || !Self.capitalsStopWordsFolded.contains(w.folded), vi.placeWord(at: end) == nil
    {
      end += 1
    }
    return end
  }

  /// Function words without marks that end a name in capitals (`VU TAN HOAI BI BAT`): none of
  /// them a name.
  private static let capitalsStopWordsFolded: Set<String> = [
    "va", "la", "cua", "o", "da", "bi", "duoc", "tai", "den", "voi", "khong", "se", "roi", "nay", "sinh", "que",
  ]

  /// End of the run of capitalised syllables starting at `index` (at most four).
  private func capitalisedRun(from index: Int, in vi: VietnameseText) -> Int {
    var end = index + 1
    while end < vi.words.count, end - index < 4, vi.joined(end), let w = vi.words[end], w.capitalised, w.syllable,
      !w.allCaps
    {
      end += 1
    }
    return end
  }

  /// A lower-case word that may be a name after a title: a listed given, middle or family name
  /// that is not a pronoun, particle or everyday word.
  private func isLowerName(_ word: VietnameseText.Word, _ signal: VietnameseText.Signal) -> Bool {
    guard word.syllable else { return false }
    let listed =
      VietnameseLexicon.given.contains(word.folded) || VietnameseLexicon.middle.contains(word.folded)
      || VietnameseLexicon.family.contains(word.folded)
    guard listed else { return false }
    if word.exact != word.folded || signal == .diacritics {
      return !VietnameseLexicon.notNamesExact.contains(word.exact)
    }
    // Without diacritics `minh` may be `mình` ("we"), `thi` `thì`: the folded veto applies.
    return !VietnameseLexicon.notNamesFolded.contains(word.folded)
  }

  private func isTitle(at index: Int, in vi: VietnameseText) -> Bool {
    guard let word = vi.words[index] else { return false }
    if isRoleCue(at: index, in: vi) { return true }
    // Chat writes anh, em, chị as `a`, `e`, `c` (`a tuan o ha noi goi e`).
    if vi.signal != .none, !word.capitalised, ["a", "e", "c"].contains(word.exact) {
      // Not before an English word written without marks (`a the police`, `a to station` in
      // text that mixes English with Vietnamese words): there `a` is the article.
      guard index + 1 < vi.words.count, let next = vi.words[index + 1] else { return false }
      if next.capitalised || next.exact != next.folded || !isEnglishWord(next) { return true }
      // A listed given name that is also an English word (`a dung o thai nguyen`, `a van`) is
      // the name unless an English word that is no Vietnamese syllable follows (`a van driver`).
      guard VietnameseLexicon.given.contains(next.folded) else { return false }
      guard index + 2 < vi.words.count, let after = vi.words[index + 2] else { return true }
      return after.syllable || !isEnglishWord(after)
    }
    if VietnameseLexicon.titles.contains(word.folded) {
      // Diacritics tell `anh` (brother) from `ánh`, `bà` from `ba` (three): in text written with
      // them, the title must carry its own marks.
      if vi.signal == .diacritics && word.exact != word.folded {
        return VietnameseLexicon.titlesExact.contains(word.exact)
      }
      return vi.signal != .diacritics || VietnameseLexicon.titlesExact.contains(word.exact)
    }
    // "tên là X", "em là X", "tôi là X".
    if word.folded == "la", let before = vi.previousWord(index),
      ["ten", "em", "toi", "minh", "anh", "chi"].contains(before.folded)
    {
      return vi.signal != .diacritics || word.exact == "là"
    }
    return false
  }

  /// Whether word `index` ends a role word of police, court and case records (`đối tượng`,
  /// `bị can`, `bị cáo`, `bị hại`, `nạn nhân`, `nghi phạm`, `thân chủ`, `đối với`): a name follows.
  private func isRoleCue(at index: Int, in vi: VietnameseText) -> Bool {
    guard let word = vi.words[index], let before = vi.previousWord(index) else { return false }
    if vi.signal == .diacritics || word.exact != word.folded {
      return Self.roleCues[word.exact] == before.exact
    }
    return Self.roleCuesFolded[word.folded] == before.folded
  }

  /// Role words by their last syllable, each with the syllable before it.
  private static let roleCues: [String: String] = [
    "tượng": "đối", "can": "bị", "cáo": "bị", "hại": "bị", "nhân": "nạn", "phạm": "nghi", "chủ": "thân", "với": "đối",
  ]
  private static let roleCuesFolded: [String: String] = [
    "tuong": "doi", "can": "bi", "cao": "bi", "hai": "bi", "nhan": "nan", "pham": "nghi", "chu": "than", "voi": "doi",
  ]

  /// Whether `word` after `previous` makes an ordinary two-syllable word (`anh hùng` "hero",
  /// `yên tâm` "at ease", `long lanh` "sparkling"), not a title and a name or two names.
  private func isCompound(_ word: VietnameseText.Word, after previous: VietnameseText.Word) -> Bool {
    Self.compounds.contains(previous.exact + " " + word.exact)
      || previous.exact == previous.folded && word.exact == word.folded
        && Self.compoundsFolded.contains(previous.folded + " " + word.folded)
  }

  private static let compounds: Set<String> = [
    "anh hùng", "anh dũng", "anh minh", "anh tài", "anh linh", "anh hào", "yên tâm", "an tâm", "long lanh", "thành công",
    "thành phố", "bình an", "bình yên", "hòa bình", "hạnh phúc", "thông minh", "mùa xuân", "mùa thu", "trung thu",
    "trung tâm", "quan tâm", "em út", "con trai", "con gái", "bà con", "quan trọng", "bình thường", "viết chữ",
    "cơ quan", "anh đào", "vụ án", "minh bạch",
  ]
  private static let compoundsFolded: Set<String> = Set(compounds.map { TextFolder.fold($0) })

  /// Words that end a name run after a role word (`bị can lò văn tủa về tội…`).
  private func isStopWord(_ word: VietnameseText.Word) -> Bool {
    VietnameseLexicon.placeStopWords.contains(word.exact) || Self.afterSubject.contains(word.exact)
      || word.exact == word.folded
        && (VietnameseLexicon.placeStopWordsFolded.contains(word.folded) || Self.afterSubjectFolded.contains(word.folded))
  }

  /// `tên` ("name") or `tên là` ("name is") right before `index`: any word there is the name.
  private func afterNameCue(_ index: Int, in vi: VietnameseText) -> Bool {
    guard let before = vi.previousWord(index) else { return false }
    if before.folded == "ten" { return true }
    if before.folded == "la", index >= 2, let cue = vi.previousWord(index - 1), cue.folded == "ten" { return true }
    return false
  }

  /// Words a subject's name is followed by: verbs of saying, tense particles, vocatives.
  private static let afterSubject: Set<String> = [
    "nói", "ơi", "bảo", "cho", "đã", "đang", "sẽ", "vừa", "giùm", "giúp", "hộ", "với", "và", "kể", "hỏi", "gọi",
    "nhắn", "biết", "ạ", "à", "nhé", "ấy", "là", "bị", "được", "quê", "ở", "đây", "dc", "đc", "về", "đi",
  ]
  private static let afterSubjectFolded: Set<String> = [
    "noi", "oi", "bao", "cho", "da", "dang", "se", "vua", "gium", "giup", "voi", "va", "ke", "hoi", "goi", "nhan",
    "biet", "nhe", "bi", "duoc", "que", "o", "dc", "day", "ve",
    // `a` is à/ạ after a name (`alo chu khang a`).
    "a",
  ]
  /// Capitalised words of Vietnamese news that are not names: offices, bodies, holidays.
  private static let capitalisedNouns: Set<String> = [
    "chu", "tich", "cong", "an", "bo", "so", "uy", "ban", "nhan", "dan", "tet", "dang", "nha", "nuoc", "viet",
    "nam", "toa", "vien", "kiem", "sat", "quoc", "hoi", "chinh", "phu", "thu", "tuong", "giam", "doc", "truong",
    "pho", "bien", "phong", "doi", "to", "hoi", "lien", "hiep", "hop", "tac", "xa", "trung", "tam", "benh",
    "theo", "hom", "ngay", "thang", "nam", "sau", "truoc", "khi", "neu", "vi", "do", "nhung", "con", "cac",
  ]

  private func isVetoed(_ word: VietnameseText.Word, _ signal: VietnameseText.Signal) -> Bool {
    if word.exact != word.folded || signal == .diacritics {
      return VietnameseLexicon.notNamesExact.contains(word.exact) || VietnameseLexicon.titlesExact.contains(word.exact)
    }
    return VietnameseLexicon.notNamesFolded.contains(word.folded) || VietnameseLexicon.titles.contains(word.folded)
  }

  /// Whether the words are a place name in the lexicon (any level).
  private func isPlace(_ range: Range<Int>, in vi: VietnameseText) -> Bool {
    var key: UInt64 = 0
    for (offset, index) in range.enumerated() {
      let tokenKey = vi.words[index]!.lexiconKey
      key = offset == 0 ? tokenKey : Lexicon.extend(key, withKey: tokenKey)
    }
    let flags = lexicon.flags(forKey: key)
    return !flags.isDisjoint(with: .place) && !flags.contains(.demonym)
  }
}
