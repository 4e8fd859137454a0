import ArgumentParser
import CounterpartCore
import CounterpartOperations
import CounterpartReports

/// A selection of assignments by incident and supplier (and period, request): the people a
/// supporter answers for at once.
struct AssignmentSelectionOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            L("この災害（I1 または 1）の中から選びます（--supplier と一緒に）。", "Select in this incident (I1 or 1), with --supplier.")))
    var incident: RecordArgument<Incident>?
    @Option(
        help: ArgumentHelp(
            L("この応援市町の職員を選びます（コードまたは市町名）。", "Select the people of this supporting municipality (code or name).")))
    var supplier: String?
    @Option(help: ArgumentHelp(L("この期だけ。", "Only in this rotation period."))) var period: Int?
    @Option(help: ArgumentHelp(L("この応援要請だけ（R12 または 12）。", "Only for this request (R12 or 12)."))) var request:
        RecordArgument<IncidentRequest>?

    /// Whether nothing is selected this way.
    var isEmpty: Bool { incident == nil && supplier == nil && period == nil && request == nil }

    func validate() throws {
        guard isEmpty || (incident != nil && supplier != nil) else {
            throw ValidationError(
                L("選ぶには --incident と --supplier の両方が必要です。", "a selection needs both --incident and --supplier"))
        }
    }

    /// `named` when given; else the selected assignments that are in `state` (what the answer
    /// starts from), in the order they were made. Selecting none is bad input.
    func ids(
        from state: AssignmentState, named: [IncidentAssignment.ID], session: OperationsSession, names: RosterNames
    ) async throws -> [IncidentAssignment.ID] {
        guard let incident, let supplier else { return named }
        let code = try names.code(supplier)
        let id = incident.id
        let all = try await session.run { desk throws(OperationsError) in try await desk.assignments(incident: id) }
        let chosen = all.filter { assignment in
            assignment.supplier == code && assignment.state == state && (period.map { $0 == assignment.period } ?? true)
                && (request.map { $0.id == assignment.request } ?? true)
        }
        guard !chosen.isEmpty else {
            throw BadInput.stop(
                L(
                    "\(id) に、条件に合う\(names.name(code))の「\(state.japaneseLabel)」の割当はありません。",
                    "no \(state) assignment of \(names.name(code)) in \(id) matches the selection"))
        }
        return chosen.map(\.id)
    }
}

/// How answers are printed: each assignment after it, then a summary when there are several.
struct AnswerPrinting {
    let options: OperationsOptions
    let names: RosterNames

    func print(_ outcomes: [IncidentDesk.AnswerOutcome], isBatch: Bool) {
        let text = IncidentText(names: names, language: CommandLanguage.current)
        var out = ""
        var shapes: [IncidentJSON.Assignment] = []
        for outcome in outcomes {
            let after = outcome.after
            out += L(
                "\(after.id): \(outcome.before.state.japaneseLabel) → \(after.state.japaneseLabel)\n",
                "\(after.id): \(outcome.before.state) → \(after.state) (\(after.state.japaneseLabel))\n")
            out += text.table([text.assignmentRow(after)])
            shapes.append(IncidentJSON.Assignment(after, names: names))
            if let substitute = outcome.substitute {
                out += L(
                    "\(substitute.id): 代わりに \(substitute.staff) を派遣（\(substitute.state.japaneseLabel)）\n",
                    "\(substitute.id): \(substitute.staff) sent instead (\(substitute.state.japaneseLabel))\n")
                out += text.table([text.assignmentRow(substitute)])
                shapes.append(IncidentJSON.Assignment(substitute, names: names))
            }
            if let unavailability = outcome.unavailability {
                out += L(
                    "\(unavailability.id): \(unavailability.staff) は \(unavailability.days) の間、すべての要請で派遣不可\n",
                    "\(unavailability.id): \(unavailability.staff) unavailable \(unavailability.days) in every request\n"
                )
            }
        }
        if isBatch {
            var counts: [AssignmentState: Int] = [:]
            for outcome in outcomes { counts[outcome.after.state, default: 0] += 1 }
            let summary = AssignmentState.allCases.compactMap { state in
                counts[state].map { L("\(state.japaneseLabel) \($0)人", "\($0) \(state)") }
            }
            out +=
                L("\(outcomes.count)件の回答をまとめて記録しました: ", "\(outcomes.count) answers recorded in one transaction: ")
                + summary.joined(separator: L("、", ", ")) + "\n"
        }
        if isBatch || outcomes.first?.substitute != nil {
            options.print(json: shapes, text: out)
        } else {
            options.print(json: shapes.first, text: out)
        }
    }
}
