import Testing

@testable import CounterpartOperations

@Suite struct RecordIDTests {
    @Test func idsReadWithTheirLetterOrAsABareNumberWhereTheKindIsKnown() {
        #expect(RecordID("R12") == RecordID(.request, 12))
        #expect(RecordID("r12") == RecordID(.request, 12))
        #expect(RecordID(" A3 ", expected: .assignment) == RecordID(.assignment, 3))
        #expect(RecordID("7", expected: .incident) == RecordID(.incident, 7))
        #expect(RecordID("7") == nil)  // a bare number needs a kind
        #expect(RecordID("R12", expected: .assignment) == nil)
        #expect(RecordID("R0") == nil)
        #expect(RecordID("R-1") == nil)
        #expect(RecordID("X3") == nil)
        #expect(RecordID("R") == nil)
        #expect(RecordID(.plan, 3).description == "P3")
    }
}
