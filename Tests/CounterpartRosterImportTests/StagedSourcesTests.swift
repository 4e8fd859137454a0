import CounterpartXML
import Foundation
import Testing

@testable import CounterpartRosterImport

@Suite struct StagedSourcesTests {
    let folder = TemporaryFolder()

    func staged(_ sources: [RosterSource]) throws -> StagedSources {
        try StagedSources(sources, folder: folder.url.path)
    }

    @Test func aPathIsReadWhereItIsAndLeftAlone() throws {
        let file = folder.write("roster.xml", "<roster/>")
        let staged = try staged([.file(path: file)])
        #expect(staged.readPaths == [file] && staged.names == [file])
        staged.removeTemporaryFiles()
        #expect(FileManager.default.fileExists(atPath: file))
    }

    @Test func anUploadIsWrittenToAPrivateFileOfItsOwnAndRemoved() throws {
        let staged = try staged([
            .upload(name: "a.xml", bytes: [1, 2, 3]), .upload(name: "a.xml", bytes: [4]),
            .upload(name: "b.xml", bytes: []),
        ])
        #expect(staged.names == ["a.xml", "a.xml", "b.xml"])
        #expect(Set(staged.readPaths).count == 3)
        for (path, bytes) in zip(staged.readPaths, [[1, 2, 3], [4], []] as [[UInt8]]) {
            #expect(path.hasPrefix(folder.url.path + "/counterpart-upload-"))
            #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == bytes)
            #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        }
        staged.removeTemporaryFiles()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }

    @Test func anUploadThatCannotBeWrittenLeavesNothingBehind() throws {
        let missingFolder = folder.path("gone")
        #expect(throws: RosterImportError.cannotStageUpload(name: "a.xml", reason: "No such file or directory")) {
            try StagedSources([.upload(name: "a.xml", bytes: [1])], folder: missingFolder)
        }
    }

    @Test func diagnosticsNameTheUploadNotItsTemporaryFile() throws {
        let staged = try staged([.file(path: "kept.xml"), .upload(name: "upload.xml", bytes: [0x3C])])
        defer { staged.removeTemporaryFiles() }
        let temporary = staged.readPaths[1]
        let named = staged.naming(
            .badInput([
                Diagnostic(file: "kept.xml", line: 2, message: "in \(temporary)"),
                Diagnostic(file: temporary, line: 3, message: "bad"),
            ]))
        #expect(
            named
                == .badInput([
                    Diagnostic(file: "kept.xml", line: 2, message: "in upload.xml"),
                    Diagnostic(file: "upload.xml", line: 3, message: "bad"),
                ]))
    }
}
