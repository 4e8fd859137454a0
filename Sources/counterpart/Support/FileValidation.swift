import CounterpartCore
import CounterpartXML

/// Validation of a set of files, kept apart from printing so that it can be tested.
enum FileValidation {
    struct Outcome {
        /// One line per valid file.
        var summaries: [String] = []
        /// Every problem of every file, file by file, in line order.
        var diagnostics: [Diagnostic] = []
        /// What a person should know that is not a problem, file by file.
        var warnings: [Diagnostic] = []
    }

    static func validate(_ files: [String]) -> Outcome {
        let readings = files.map(DocumentReader.read(path:))
        let rosters: [RosterReading] = readings.compactMap {
            if case .roster(let reading) = $0, let roster = reading.roster, roster.scope == .full { return reading }
            return nil
        }
        var outcome = Outcome()
        for reading in readings {
            var diagnostics = reading.diagnostics
            if case .scenario(let scenario) = reading, diagnostics.isEmpty {
                for roster in rosters {
                    diagnostics += scenario.diagnostics(against: roster.roster!).map {
                        Diagnostic(
                            file: $0.file, line: $0.line, message: "\($0.message) (checked against \(roster.file))",
                            japanese: "\($0.japanese)（名簿 \(roster.file) と照合）")
                    }
                }
            }
            if diagnostics.isEmpty, let summary = summary(of: reading) {
                outcome.summaries.append(summary)
            }
            outcome.diagnostics += diagnostics
            outcome.warnings += reading.warnings
        }
        return outcome
    }

    static func summary(of reading: DocumentReading) -> String? {
        switch reading {
        case .roster(let reading):
            guard let roster = reading.roster else { return nil }
            let scope: String
            switch roster.scope {
            case .full: scope = CommandLanguage.pick("全体の名簿", "full roster")
            case .municipality(let code):
                scope = CommandLanguage.pick("市町 \(code) の名簿", "roster for municipality \(code)")
            }
            return L(
                "\(reading.file): 正しい\(scope)です: 市町 \(roster.municipalities.count)、グループ \(roster.groups.count)、メンバー \(roster.members.count)人、職員 \(roster.staff.count)人",
                "\(reading.file): valid \(scope): \(roster.municipalities.count) municipalities, \(roster.groups.count) groups, \(roster.members.count) members, \(roster.staff.count) staff"
            )
        case .scenario(let reading):
            guard let scenario = reading.scenario else { return nil }
            return L(
                "\(reading.file): 正しいシナリオ「\(scenario.id)」です: 被災市町 \(scenario.affected.count)、応援要請 \(scenario.requests.count)件、指定 \(scenario.pins.count)件",
                "\(reading.file): valid scenario '\(scenario.id)': \(scenario.affected.count) affected, \(scenario.requests.count) requests, \(scenario.pins.count) pins"
            )
        case .demand(let reading):
            guard let profile = reading.profile else { return nil }
            let needs = profile.needs.count
            let unit = CommandLanguage.pick("件", needs == 1 ? "need" : "needs")
            return L(
                "\(reading.file): 正しい需要想定「\(profile.id)」です: 必要 \(needs)\(unit)、交代 \(profile.rotationDays)日",
                "\(reading.file): valid demand profile '\(profile.id)': \(needs) \(unit), rotation \(profile.rotationDays) days"
            )
        case .unreadable:
            return nil
        }
    }
}
