import Foundation
import Redact
import Testing

/// The library's public surface is `tools/api/public-api.txt` and nothing more (issue 17): every
/// other declaration is `package`, seen by the CLI, the tools and the tests of this package only.
struct PublicAPITests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Runs `tools/api/narrow-access.py --check`: it lists each `public` declaration of
  /// `Sources/Redact` missing from the list, and each listed one that is no longer declared.
  ///
  /// Off until the lead runs `tools/api/narrow-access.py --apply`, which narrows the sources and
  /// removes the `.disabled` trait below in the same step.
  @Test
  func declaresPublicOnlyWhatTheListHolds() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", Self.root.appendingPathComponent("tools/api/narrow-access.py").path, "--check"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(report == "", "add a line to tools/api/public-api.txt (with a doc comment) or make it package")
    #expect(process.terminationStatus == 0)
  }

  /// The public type names, used unqualified beside Foundation: a clash with a Foundation name
  /// would make this file fail to compile (`Operator`, `Policy`, `Redactor`, `Finding` are not
  /// Foundation's).
  @Test func publicTypeNamesDoNotClashWithFoundation() {
    let types: [Any.Type] = [
      RedactionEngine.self, RecordProcessor.self, RecordFailure.self, DocumentScope.self, Policy.self,
      PolicyLoader.self, PolicyError.self, DetectionMode.self, ImagePolicy.self, Operator.self,
      GeneralizationLevel.self, RedactionStats.self, Redactor.self, Finding.self, EntityKind.self,
      (any DocumentFormat).self, PieceVisitor.self, Framing.self, Recognition.self, FormatUnit.self, FormatError.self,
      TextPiece.self, PieceAction.self, FieldPath.self, FormatRegistry.self, PlainTextFormat.self,
      TextDocumentFormat.self, NDJSONFormat.self, JSONDocumentFormat.self, KeyFile.self, SecretBytes.self,
      CryptoError.self, ImageRedactor.self, ImageFileType.self, ImageLimits.self, ImageError.self,
      ImageMetadataError.self, RegionMappingError.self,
    ]
    #expect(Set(types.map { "\($0)" }).count == types.count)
  }
}
