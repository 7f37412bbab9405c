/// Mobile wallets of the region by name, in Latin letters and in the region's scripts. A
/// wallet's "account" is its holder's mobile number (bKash, Nagad, eSewa, Khalti, GCash, MoMo,
/// PromptPay, KBZPay, Wing, 微信, 支付宝 …), so an account label right after a wallet's name
/// (`বিকাশ অ্যাকাউন্ট`, `Easypaisa اکاؤنٹ`, `支付宝 账号`, `Touch 'n Go akaun`, `PayPay ID`) names
/// a phone, while the same label after a bank's name (`সোনালী ব্যাংক হিসাব`) names an account.
/// A wallet used in one region only is also evidence of the region its numbers are read in
/// (``PhoneRegionEvidence``): `eSewa 9841…` is Nepali, not Indian.
///
/// - Complexity: O(W) byte comparisons for W wallet names, once per account label that is the
///   nearest label of a candidate number.
enum PhoneWallets {
  /// Wallet names in Latin letters, lower case, one word each (see ``latinPairs``), with the
  /// region they are used in where it is one (empty: several regions, or a name that is also an
  /// ordinary word or a given name: `maya`, `wave`, `wing`, `dana`, `momo`, `boost`).
  static let latinNames: [String: String] = [
    "bkash": "BD", "nagad": "BD", "rocket": "", "upay": "BD", "gcash": "PH", "paymaya": "PH", "maya": "",
    "grabpay": "", "easypaisa": "PK", "jazzcash": "PK", "esewa": "NP", "khalti": "NP", "imepay": "NP", "momo": "",
    "zalopay": "VN", "viettelpay": "VN", "truemoney": "", "promptpay": "TH", "kbzpay": "MM", "wavepay": "MM",
    "wave": "", "wing": "", "paytm": "IN", "phonepe": "IN", "gpay": "", "gopay": "ID", "ovo": "ID", "dana": "",
    "shopeepay": "", "linkaja": "ID", "tng": "MY", "boost": "",
    // Japan, Korea, Taiwan, Hong Kong, China, Sri Lanka, and the generic "e-wallet"
    "paypay": "JP", "kakaopay": "KR", "payco": "KR", "jkopay": "TW", "payme": "HK", "alipay": "CN", "wechat": "CN",
    "weixin": "CN", "ezcash": "LK", "mcash": "LK", "ewallet": "",
  ]
  /// Wallets written in two words, as (first, second), with their region: `Touch 'n Go` (its
  /// last two words), `eZ Cash`, `mCash` written `m Cash`, `Pi Pay`, `Wave Money`, `True Money`,
  /// `LINE Pay`.
  static let latinPairs: [[String]: String] = [
    ["n", "go"]: "MY", ["ez", "cash"]: "LK", ["m", "cash"]: "LK", ["pi", "pay"]: "KH", ["wave", "money"]: "MM",
    ["true", "money"]: "", ["line", "pay"]: "",
  ]
  /// Wallet names in the region's scripts, with their region.
  static let nativeNames: [(name: [UInt8], region: String)] = [
    ("বিকাশ", "BD"), ("নগদ", "BD"), ("রকেট", "BD"), ("खल्ती", "NP"), ("इसेवा", "NP"), ("ईसेवा", "NP"),
    ("पेटीएम", "IN"), ("फोनपे", "IN"), ("फ़ोनपे", "IN"), ("ایزی پیسہ", "PK"), ("جاز کیش", "PK"), ("พร้อมเพย์", "TH"),
    ("ทรูมันนี่", "TH"), ("微信", "CN"), ("微信支付", "CN"), ("支付宝", "CN"), ("支付寶", "CN"), ("街口", "TW"), ("카카오페이", "KR"),
    ("토스", "KR"), ("페이코", "KR"),
  ].map { (Array($0.0.utf8), $0.1) }
  /// Labels of an account in the region's scripts (identifier labels of ``PhoneLabelWords``)
  /// that a wallet's name right before them turns into a phone label.
  static let accountLabels: [[UInt8]] = [
    "tài khoản", "खाता", "হিসাব", "অ্যাকাউন্ট", "একাউন্ট", "اکاؤنٹ", "บัญชี", "គណនី", "အကောင့်", "账号", "账户", "帳號",
    "帳戶", "戶口", "口座", "계좌",
  ].map { Array($0.utf8) }
  /// Words of an account in Latin letters that name the wallet's number after its name
  /// (`bKash account`, `Touch 'n Go akaun`, `DANA akun`, `PayPay ID`).
  static let latinAccountWords: Set<String> = ["account", "acct", "a/c", "wallet", "akaun", "akun", "id"]

  /// Whether `words` (lower case, nearest last) hold a wallet's name.
  static func containsWallet(_ words: [String]) -> Bool {
    words.contains { latinNames[$0] != nil } || zip(words, words.dropFirst()).contains { latinPairs[[$0, $1]] != nil }
  }

  /// Whether `window[..<end]` (lower-cased text) ends with a wallet's name, spaces or a hyphen
  /// after it: a native name, glued to the label or not, or a Latin name as a whole word.
  static func endsWithWallet(_ window: [UInt8], at end: Int) -> Bool {
    var end = end
    while end > 0 && (window[end - 1] == UInt8(ascii: " ") || window[end - 1] == UInt8(ascii: "-")) { end -= 1 }
    if nativeNames.contains(where: { $0.name.count <= end && window[(end - $0.name.count)..<end].elementsEqual($0.name) }) {
      return true
    }
    var words: [String] = []
    var wordEnd = end
    while words.count < 2 && wordEnd > 0 {
      var start = wordEnd
      while start > 0 && ASCIIByte.isLetter(window[start - 1]) { start -= 1 }
      guard start < wordEnd, start == 0 || !ASCIIByte.isDigit(window[start - 1]) else { break }
      words.insert(String(decoding: window[start..<wordEnd], as: UTF8.self), at: 0)
      wordEnd = start
      while wordEnd > 0 && (window[wordEnd - 1] == UInt8(ascii: " ") || window[wordEnd - 1] == UInt8(ascii: "'")) {
        wordEnd -= 1
      }
    }
    return containsWallet(words.suffix(1)) || (words.count == 2 && latinPairs[words] != nil)
  }

  /// Whether `window[start..<end]` is one of ``accountLabels``.
  static func isAccountLabel(_ window: [UInt8], _ start: Int, _ end: Int) -> Bool {
    accountLabels.contains { window[start..<end].elementsEqual($0) }
  }
}
