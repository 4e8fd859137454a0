import Foundation
import Testing

@testable import CounterpartXML

/// Every file of `Corpus/bad` carries its expected diagnostics as comments
/// `<!-- expect: LINE: SUBSTRING -->`; every file of `Corpus/good` must be valid.
@Suite struct CorpusTests {
    struct Expectation: Equatable {
        var line: Int
        var substring: String
    }

    static func files(_ folder: String) -> [String] {
        let url = RepositoryPaths.corpus.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted().map { url.appendingPathComponent($0).path }
    }

    static func expectations(in path: String, marker: String = "<!-- expect: ") -> [Expectation] {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.components(separatedBy: "\n").compactMap { line in
            guard let start = line.range(of: marker),
                let end = line.range(of: " -->", range: start.upperBound..<line.endIndex)
            else { return nil }
            let body = line[start.upperBound..<end.lowerBound]
            guard let colon = body.firstIndex(of: ":"), let number = Int(body[..<colon]) else { return nil }
            return Expectation(
                line: number, substring: body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
    }

    @Test func theCorpusIsThere() {
        #expect(Self.files("bad").count >= 40)
        #expect(Self.files("good").count >= 4)
    }

    @Test(arguments: files("good"))
    func goodFilesAreValid(path: String) {
        #expect(DocumentReader.read(path: path).diagnostics.map(\.description) == [])
    }

    @Test(arguments: files("bad"))
    func badFilesGiveExactlyTheirExpectedDiagnostics(path: String) {
        let expected = Self.expectations(in: path)
        #expect(!expected.isEmpty, "a bad corpus file must say what it expects")
        var diagnostics = DocumentReader.read(path: path).diagnostics
        #expect(diagnostics.allSatisfy { $0.file == path })
        for expectation in expected {
            if let index = diagnostics.firstIndex(where: {
                $0.line == expectation.line && $0.message.contains(expectation.substring)
            }) {
                diagnostics.remove(at: index)
            } else {
                Issue.record("expected line \(expectation.line): \(expectation.substring)")
            }
        }
        #expect(diagnostics.map(\.description) == [], "diagnostics nobody expected")
    }

    /// Every bad file also says, beside each English expectation, what its Japanese sentence
    /// must hold (`<!-- expect-ja: LINE: SUBSTRING -->`, written by hand): the element, the
    /// attribute, the value, what is allowed.
    @Test(arguments: files("bad"))
    func badFilesGiveTheirJapaneseSentences(path: String) {
        let expected = Self.expectations(in: path, marker: "<!-- expect-ja: ")
        #expect(expected.count == Self.expectations(in: path).count, "one Japanese expectation per diagnostic")
        var diagnostics = DocumentReader.read(path: path).diagnostics
        for expectation in expected {
            if let index = diagnostics.firstIndex(where: {
                $0.line == expectation.line && $0.japanese.contains(expectation.substring)
            }) {
                diagnostics.remove(at: index)
            } else {
                Issue.record("expected line \(expectation.line) in Japanese: \(expectation.substring)")
            }
        }
        #expect(diagnostics.map { $0.description(in: .japanese) } == [], "Japanese sentences nobody expected")
    }
}
