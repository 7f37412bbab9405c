import Testing

@testable import Redact

/// Known-answer tests for every primitive, with vectors from the RFCs and the GCM spec.
@Suite struct CryptoKnownAnswerTests {
  @Test func hmacMatchesRFC4231TestCase1() throws {
    let mac = try HMACSHA256(key: SecretBytes(copying: [UInt8](repeating: 0x0b, count: 20)))
    #expect(
      hexString(try mac.authenticationCode(for: Array("Hi There".utf8)))
        == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
  }

  @Test func hmacMatchesRFC4231TestCase2() throws {
    let mac = try HMACSHA256(key: SecretBytes(copying: Array("Jefe".utf8)))
    #expect(
      hexString(try mac.authenticationCode(for: Array("what do ya want for nothing?".utf8)))
        == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
  }

  @Test func hkdfMatchesRFC5869TestCase1() throws {
    let okm = try HKDF.deriveKey(
      inputKey: SecretBytes(copying: [UInt8](repeating: 0x0b, count: 22)), salt: hex("000102030405060708090a0b0c"),
      info: hex("f0f1f2f3f4f5f6f7f8f9"), length: 42)
    #expect(
      okm.withUnsafeBytes { hexString(Array($0)) }
        == "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865")
  }

  @Test func aesSIVMatchesRFC5297DeterministicExample() throws {
    let siv = try AESSIV(
      key: SecretBytes(copying: hex("fffefdfcfbfaf9f8f7f6f5f4f3f2f1f0f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff")))
    let ad = hex("101112131415161718191a1b1c1d1e1f2021222324252627")
    let sealed = try siv.seal(hex("112233445566778899aabbccddee"), associatedData: [ad])
    #expect(hexString(sealed) == "85632d07c6e8f37f950acd320a2ecc9340c02b9690c4dc04daef7f6afe5c")
    #expect(try siv.open(sealed, associatedData: [ad]) == hex("112233445566778899aabbccddee"))
  }

  @Test func aesSIVMatchesRFC5297NonceBasedExampleWithSeveralAssociatedData() throws {
    let siv = try AESSIV(
      key: SecretBytes(copying: hex("7f7e7d7c7b7a79787776757473727170404142434445464748494a4b4c4d4e4f")))
    let ad = [
      hex("00112233445566778899aabbccddeeffdeaddadadeaddadaffeeddccbbaa99887766554433221100"),
      hex("102030405060708090a0"), hex("09f911029d74e35bd84156c5635688c0"),
    ]
    let plaintext = hex(
      "7468697320697320736f6d6520706c61696e7465787420746f20656e6372797074207573696e67205349562d414553")
    let sealed = try siv.seal(plaintext, associatedData: ad)
    #expect(
      hexString(sealed)
        == "7bdb6e3b432667eb06f4d14bff2fbd0fcb900f2fddbe404326601965c889bf17dba77ceb094fa663b7a3f748ba8af829ea64ad544a272e9c485b62a3fd5c0d"
    )
  }

  @Test func aesSIVRejectsTamperedCiphertextAndWrongAssociatedData() throws {
    let siv = try AESSIV(key: SecretBytes(copying: [UInt8](repeating: 1, count: 64)))
    var sealed = try siv.seal(Array("Sindhu".utf8), associatedData: [[1]])
    #expect(throws: CryptoError.authenticationFailed) { try siv.open(sealed, associatedData: [[2]]) }
    sealed[sealed.count - 1] ^= 1
    #expect(throws: CryptoError.authenticationFailed) { try siv.open(sealed, associatedData: [[1]]) }
  }

  @Test(arguments: [
    // GCM spec (McGrew & Viega) test cases 13, 14 and 16 (AES-256).
    (
      "0000000000000000000000000000000000000000000000000000000000000000", "000000000000000000000000", "", "", "",
      "530f8afbc74536b9a963b4f1c4cb738b"
    ),
    (
      "0000000000000000000000000000000000000000000000000000000000000000", "000000000000000000000000",
      "00000000000000000000000000000000", "", "cea7403d4d606b6e074ec5d3baf39d18", "d0d1c8a799996bf0265b98b5d48ab919"
    ),
    (
      "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308", "cafebabefacedbaddecaf888",
      "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39",
      "feedfacedeadbeeffeedfacedeadbeefabaddad2",
      "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662",
      "76fc6ece0f4e1768cddf8853bb2d551b"
    ),
  ])
  func aesGCMMatchesSpecVectors(
    key: String, iv: String, plaintext: String, aad: String, ciphertext: String, tag: String
  ) throws {
    let gcm = try AESGCM(key: SecretBytes(copying: hex(key)))
    let sealed = try gcm.seal(hex(plaintext), nonce: hex(iv), associatedData: hex(aad))
    #expect(hexString(sealed.ciphertext) == ciphertext)
    #expect(hexString(sealed.tag) == tag)
    #expect(
      try gcm.open(ciphertext: hex(ciphertext), nonce: hex(iv), tag: hex(tag), associatedData: hex(aad))
        == hex(plaintext))
  }

  @Test func aesGCMRejectsTamperedTag() throws {
    let gcm = try AESGCM(key: SecretBytes(copying: [UInt8](repeating: 2, count: 32)))
    var sealed = try gcm.seal(Array("+91 98765 43210".utf8), associatedData: [9])
    sealed[13] ^= 0x80
    #expect(throws: CryptoError.authenticationFailed) { try gcm.open(sealed, associatedData: [9]) }
  }

  @Test func randomSealsOfOneValueDiffer() throws {
    let gcm = try AESGCM(key: SecretBytes(copying: [UInt8](repeating: 2, count: 32)))
    #expect(try gcm.seal([1, 2, 3], associatedData: []) != gcm.seal([1, 2, 3], associatedData: []))
  }
}
