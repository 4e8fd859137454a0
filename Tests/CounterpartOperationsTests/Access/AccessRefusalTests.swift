import CounterpartOperations
import Testing

@Suite struct AccessRefusalTests {
    /// A sentence in each language, ending as a sentence does, naming no front end.
    @Test(arguments: AccessRefusal.allCases) func everyRefusalSaysWhyInJapaneseAndEnglish(refusal: AccessRefusal) {
        #expect(refusal.japanese.hasSuffix("。"))
        #expect(refusal.japanese.unicodeScalars.contains { (0x3040...0x9FFF).contains($0.value) })
        #expect(refusal.english.hasSuffix("."))
        #expect(refusal.english.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(refusal.english.first?.isUppercase == true)
        for word in ["--", "`", "counterpart", "command", "flag", "option", "http", "/api", "コマンド"] {
            #expect(!refusal.japanese.lowercased().contains(word))
            #expect(!refusal.english.lowercased().contains(word))
        }
    }

    @Test func theSentencesAreTheOnesMembersRead() {
        #expect(AccessRefusal.headquartersOnly.japanese == "この操作は県本部だけが行えます。")
        #expect(AccessRefusal.headquartersOnly.english == "Only prefecture headquarters may do this.")
        #expect(Set(AccessRefusal.allCases.map(\.japanese)).count == AccessRefusal.allCases.count)
        #expect(Set(AccessRefusal.allCases.map(\.english)).count == AccessRefusal.allCases.count)
    }
}
