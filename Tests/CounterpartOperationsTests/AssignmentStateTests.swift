import Testing

@testable import CounterpartOperations

@Suite struct AssignmentStateTests {
    /// The whole table of allowed answers, written out by hand from the issue:
    /// proposed → confirmed → dispatched → returned, or proposed → declined.
    @Test func everyAnswerMovesOnlyForwardFromItsOneState() {
        let allowed: Set<String> = [
            "proposed confirm", "proposed decline", "confirmed dispatched", "dispatched returned",
        ]
        for state in AssignmentState.allCases {
            for move in AssignmentMove.allCases {
                #expect(move.isAllowed(from: state) == allowed.contains("\(state) \(move)"), "\(state) \(move)")
            }
        }
    }

    @Test func heldAndFinalStates() {
        #expect(AssignmentState.allCases.filter(\.isHeld) == [.confirmed, .dispatched, .returned])
        #expect(AssignmentState.allCases.filter(\.isFinal) == [.declined, .returned, .withdrawn, .cancelled])
    }

    @Test func theRefusalNamesTheCurrentStateAndWhatTheMoveNeeds() {
        let error = OperationsError.illegalMove(RecordID(.assignment, 5), current: .confirmed, move: .returned)
        #expect(
            error.description
                == "assignment A5 is confirmed (確定); 'returned' needs an assignment that is dispatched (派遣中)")
    }
}
