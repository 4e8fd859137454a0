import CounterpartReports
import Testing

@testable import CounterpartCore

@Suite struct ChangeReportTests {
    @Test func noChanges() {
        #expect(ChangeReport.render(RosterChanges()) == "no changes\n")
    }

    /// Every kind that changed, in kind order; 203 staff added are listed up to 200.
    @Test func changesOfEveryKind() throws {
        var changes = RosterChanges()
        changes.headerFields = ["effective"]
        changes.municipalities = .init(
            added: ["382051"], changed: [.init(key: "382019", fields: ["dispatchCapacity", "population"])])
        changes.pairings = .init(removed: ["384429"])
        changes.members = .init(changed: [.init(key: "m-a-2", fields: ["name", "phone"])])
        changes.staff = .init(added: (1...203).map { "s-\($0)" }, removed: ["a-9"])
        try Golden.check(ChangeReport.render(changes), "change-report.txt")
    }

    /// A town's list renewed on its own day is a change of its own kind.
    @Test func aListsOwnDay() {
        var changes = RosterChanges()
        changes.listDays = .init(added: ["382019"], changed: [.init(key: "382027", fields: ["effective"])])
        #expect(
            ChangeReport.render(changes)
                == "lists' own effective days: 1 added, 0 removed, 1 changed\n  + 382019\n  ~ 382027: effective\n")
    }
}
