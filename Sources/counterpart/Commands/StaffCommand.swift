import ArgumentParser
import CounterpartCore
import CounterpartOperations
import CounterpartReports

/// `counterpart staff …`: people unavailable whatever the incident.
struct StaffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: L(
            "職員を一定期間派遣不可にし（すべての要請・災害で）、解除し、一覧にします。",
            "Mark people unavailable for some days (in every request and incident), lift it, list it."),
        subcommands: [StaffUnavailableCommand.self, StaffLiftCommand.self, StaffUnavailabilityCommand.self])
}

/// `counterpart staff unavailable ID --from D --to D --reason TEXT`.
struct StaffUnavailableCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unavailable",
        abstract: L(
            "その職員はこの期間、どの要請・災害でも提案されません。", "The person is never proposed on these days, in any request or incident."))

    @OptionGroup var options: OperationsOptions
    @Argument(help: ArgumentHelp(L("名簿にある職員ID。", "The staff id, as in the roster."))) var staff: String
    @Option(help: ArgumentHelp(L("初日（YYYY-MM-DD）。", "First day (YYYY-MM-DD)."))) var from: CalendarDay
    @Option(help: ArgumentHelp(L("最終日（YYYY-MM-DD、この日を含む）。", "Last day (YYYY-MM-DD), inclusive."))) var to: CalendarDay
    @Option(help: ArgumentHelp(L("理由（自宅の被災、病気など）。", "Why (their own home hit, ill…)."))) var reason: String

    func validate() throws {
        guard from <= to else {
            throw ValidationError(L("--from \(from) が --to \(to) より後です。", "--from \(from) is after --to \(to)"))
        }
    }

    func run() async throws {
        let session = try options.session()
        let lookup = try await session.names()
        let days = DayRange(spanning: from, to)
        let entry = try await session.run { desk throws(OperationsError) in
            try await desk.declareUnavailable(StaffID(staff), days: days, reason: reason, by: options.actor)
        }
        options.print(
            json: IncidentJSON.Unavailable(entry, names: lookup),
            text:
                L(
                    "\(entry.id): \(lookup.staffName(entry.staff) ?? "") \(entry.staff) は \(entry.days) の間、派遣不可: \(entry.reason)\n"
                        + "解除: counterpart staff lift \(entry.id)\n",
                    "\(entry.id): \(lookup.staffName(entry.staff) ?? "") \(entry.staff) unavailable \(entry.days): \(entry.reason)\n"
                        + "Lift it with: counterpart staff lift \(entry.id)\n"))
    }
}

/// `counterpart staff lift U3`.
struct StaffLiftCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lift",
        abstract: L(
            "派遣不可を解除します。その期間に再び提案されることがあります。", "Lift an unavailability: the person may be proposed on those days again."
        ))

    @OptionGroup var options: OperationsOptions
    @Argument(help: ArgumentHelp(L("派遣不可の記録（U3 または 3）。", "The unavailability (U3 or 3)."))) var unavailability:
        RecordArgument<Unavailability>

    func run() async throws {
        let session = try options.session()
        let lookup = try await session.names()
        let id = unavailability.id
        let entry = try await session.run { desk throws(OperationsError) in try await desk.lift(id, by: options.actor) }
        options.print(
            json: IncidentJSON.Unavailable(entry, names: lookup),
            text:
                L(
                    "\(entry.id) を解除しました: \(lookup.staffName(entry.staff) ?? "") \(entry.staff) は \(entry.days) に再び提案されることがあります\n",
                    "\(entry.id) lifted: \(lookup.staffName(entry.staff) ?? "") \(entry.staff) may be proposed on \(entry.days) again\n"
                )
        )
    }
}

/// `counterpart staff unavailability [--all]`.
struct StaffUnavailabilityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unavailability",
        abstract: L("派遣不可の職員を古い順に一覧にします。", "List the people marked unavailable, oldest first."))

    @OptionGroup var options: OperationsOptions
    @Flag(help: ArgumentHelp(L("解除済みのものも含めます。", "Include lifted ones."))) var all = false

    func run() async throws {
        let session = try options.session()
        let lookup = try await session.names()
        let entries = try await session.run { desk throws(OperationsError) in
            try await desk.unavailabilities(includingLifted: all)
        }
        let rows = entries.map { entry in
            [
                entry.id.description, lookup.staffName(entry.staff) ?? "", entry.staff.rawValue,
                "\(entry.days.from) – \(entry.days.to)",
                entry.reason,
                entry.lifted.map { L("解除 \($0.time.japanTime)", "lifted \($0.time.japanTime)") } ?? L("有効", "in force"),
            ]
        }
        options.print(
            json: entries.map { IncidentJSON.Unavailable($0, names: lookup) },
            text: rows.isEmpty
                ? L("派遣不可の職員はいません。\n", "Nobody is marked unavailable.\n") : TextColumns.render(rows, indent: ""))
    }
}
