import Foundation
import Testing

@testable import Redact

/// `gazetteer.bin`'s country and admin1 tables are split into lines on their bytes: every name
/// must read back as the `Character` split read it.
@Suite struct GazetteerTablesTests {
  @Test func readsBackEveryCountryAndAdmin1NameOfTheBundledFile() throws {
    let url = try ResourceLocator.directory("lexicon").appendingPathComponent("gazetteer.bin")
    let original = try [UInt8](Data(contentsOf: url))
    // Written from the names as read: equal bytes mean every name and line count read back.
    #expect(try Gazetteer(contentsOf: url).serialized() == original)
  }
}
