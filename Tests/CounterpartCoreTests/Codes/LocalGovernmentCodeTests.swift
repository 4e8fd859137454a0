import Testing

@testable import CounterpartCore

@Suite struct LocalGovernmentCodeTests {
    @Test func acceptsTheCodesOfFormats() throws {
        #expect(try LocalGovernmentCode("382019").description == "382019")
        #expect(try LocalGovernmentCode("380008").value == 380_008)
    }

    @Test(arguments: [
        "382019", "382027", "382035", "382043", "382051", "382060", "382078", "382108", "382132", "382141",
        "382159", "383562", "383864", "384011", "384020", "384224", "384429", "384844", "384887", "385069",
    ])
    func acceptsEveryEhimeMunicipality(code: String) throws {
        #expect(try LocalGovernmentCode(code).description == code)
    }

    @Test func remainderZeroGivesOneAndRemainderOneGivesZero() throws {
        // 38214: 3·6 + 8·5 + 2·4 + 1·3 + 4·2 = 77 = 7·11 → remainder 0 → check digit 1.
        #expect(LocalGovernmentCode.checkDigit(ofPrefix: 38214) == 1)
        // 38206: 18 + 40 + 8 + 0 + 12 = 78 → remainder 1 → 11 − 1 = 10 → written 0.
        #expect(LocalGovernmentCode.checkDigit(ofPrefix: 38206) == 0)
        // 38201: 18 + 40 + 8 + 0 + 2 = 68 → remainder 2 → 9.
        #expect(LocalGovernmentCode.checkDigit(ofPrefix: 38201) == 9)
    }

    @Test func refusesAWrongCheckDigitAndSaysTheRightOne() {
        #expect(throws: LocalGovernmentCode.ParseError.wrongCheckDigit("382018", expected: 9)) {
            try LocalGovernmentCode("382018")
        }
    }

    @Test(arguments: ["", "38201", "3820190", "38201a", " 382019", "３８２０１９"])
    func refusesWhatIsNotSixDigits(text: String) {
        #expect(throws: LocalGovernmentCode.ParseError.notSixDigits(text)) { try LocalGovernmentCode(text) }
    }

    @Test func buildsFromAPrefixWithLeadingZeros() throws {
        let code = LocalGovernmentCode(prefix: 1100)
        // 01100: 0 + 5 + 4 + 0 + 0 = 9 → remainder 9 → 2.
        #expect(code.description == "011002")
        #expect(try LocalGovernmentCode("011002") == code)
    }

    @Test func ordersByValue() throws {
        #expect(try LocalGovernmentCode("380008") < LocalGovernmentCode("382019"))
    }

    @Test func errorsReadWell() {
        #expect(
            LocalGovernmentCode.ParseError.wrongCheckDigit("382018", expected: 9).description
                == "'382018' is not a valid local government code: its check digit should be 9")
    }
}
