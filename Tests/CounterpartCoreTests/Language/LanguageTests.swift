import CounterpartCore
import Testing

@Suite struct LanguageTests {
    @Test(arguments: [
        ([:], Language.english),
        (["LANG": "ja_JP.UTF-8"], .japanese),
        (["LANG": "en_US.UTF-8"], .english),
        (["LANG": "C.UTF-8"], .english),
        (["LC_ALL": "ja_JP.UTF-8", "LANG": "en_US.UTF-8"], .japanese),
        (["LC_ALL": "", "LC_MESSAGES": "ja", "LANG": "en_US.UTF-8"], .japanese),
        (["LC_MESSAGES": "en_GB", "LANG": "ja_JP.UTF-8"], .english),
        (["LC_ALL": "C", "LANG": "ja_JP.UTF-8"], .english),
    ])
    func theLocaleVariablesDecideInPOSIXOrder(environment: [String: String], expected: Language) {
        #expect(Language(environment: environment) == expected)
    }

    @Test func langValuesNameALanguage() {
        #expect(Language(name: "ja") == .japanese)
        #expect(Language(name: "日本語") == .japanese)
        #expect(Language(name: "EN") == .english)
        #expect(Language(name: "fr") == nil)
    }

    @Test func placeholdersAreFilledInEitherLanguage() {
        let phrase = Phrase("災害 {id} は終了しています（{count}人）。", "Incident {id} is closed ({count} people).")
        #expect(phrase.text(.japanese, ["id": "I1", "count": "3"]) == "災害 I1 は終了しています（3人）。")
        #expect(phrase.text(.english, ["id": "I1", "count": "3"]) == "Incident I1 is closed (3 people).")
        #expect(phrase.text(.english, ["id": "I1"]) == "Incident I1 is closed ({count} people).")
        #expect(Phrase.placeholders(phrase.japanese) == ["id", "count"])
        #expect(Phrase.placeholders(phrase.english) == ["id", "count"])
        #expect(Phrase.placeholders("JSON {\"a\": 1} と { } は名前ではない") == [])
    }
}
