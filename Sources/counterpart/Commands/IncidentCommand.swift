import ArgumentParser
import CounterpartCore
import CounterpartOperations
import CounterpartReports

/// `counterpart incident …`: open, list, show, plan and close incidents and drills.
struct IncidentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incident",
        abstract: L("災害（と訓練）を開設・一覧・表示・計画・終了します。", "Open, list, show, plan and close incidents (and drills)."),
        subcommands: [
            IncidentOpenCommand.self, IncidentListCommand.self, IncidentShowCommand.self,
            IncidentPlanCommand.self, IncidentExtendCommand.self, IncidentCloseCommand.self,
        ]
    )
}

/// `counterpart incident open`.
struct IncidentOpenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: L(
            "登録されている名簿で災害を開設します。シナリオファイルから訓練を開設することもできます。",
            "Open an incident on the stored roster, or a drill from a scenario file."),
        discussion: L(
            """
            --name、--start、--affected（コードまたは市町名。例: 382035 または 宇和島市）を指定するか、\
            --from-scenario S.xml でシナリオの要請つきの訓練を開設します。訓練は一覧のどこでも訓練と分かるように\
            表示されます（'followup --real-only' では除かれます）。
            """,
            """
            Either --name, --start and --affected (codes or names, e.g. 382035 or 宇和島市), or \
            --from-scenario S.xml, which opens a drill (訓練) with the scenario's requests. Drills are \
            marked as such wherever they are listed ('followup --real-only' leaves them out).
            """)
    )

    @OptionGroup var options: OperationsOptions

    @Option(help: ArgumentHelp(L("災害の名称（例: 令和8年台風第10号）。", "The incident's name, e.g. 令和8年台風第10号."))) var name: String?
    @Option(help: ArgumentHelp(L("第1期（期 0）の初日（YYYY-MM-DD）。", "The first day of rotation period 0 (YYYY-MM-DD).")))
    var start: CalendarDay?
    @Option(help: ArgumentHelp(L("1期の日数。", "Days in a rotation period."))) var rotationDays: Int = 7
    @Option(
        parsing: .upToNextOption, help: ArgumentHelp(L("被災市町（コードまたは市町名）。", "The hit municipalities (codes or names).")))
    var affected: [String] = []
    @Option(
        help: ArgumentHelp(
            L(
                "このシナリオファイルから訓練を開設します（要請もすぐに登録されます）。",
                "Open a drill from this scenario file (its requests are filed at once)."))) var fromScenario: String?
    @Flag(help: ArgumentHelp(L("訓練として記録します。", "Mark the incident as a drill."))) var drill = false

    func validate() throws {
        if fromScenario == nil {
            guard name != nil, start != nil, !affected.isEmpty else {
                throw ValidationError(
                    L(
                        "--name、--start、--affected を指定するか、--from-scenario S.xml を指定してください。",
                        "give --name, --start and --affected, or --from-scenario S.xml"))
            }
        } else if name != nil || start != nil || !affected.isEmpty {
            throw ValidationError(
                "--from-scenario takes the name, start and affected municipalities from the file; give none of them")
        }
        guard rotationDays >= 1 else {
            throw ValidationError(L("--rotation-days（1期の日数）は 1 以上にしてください。", "--rotation-days must be at least 1"))
        }
    }

    func run() async throws {
        let session = try options.session()
        let lookup = try await session.names()
        let roster = lookup.roster
        let (incident, requests): (Incident, [IncidentRequest])
        if let fromScenario {
            guard let scenario = try InputLoading.scenario(fromScenario, against: roster).scenario else {
                throw ExitStatus.badInput.exitCode
            }
            if !scenario.pins.isEmpty {
                FileHandleOutput.standardError.write(
                    L(
                        "注意: シナリオの職員の指定（\(scenario.pins.count)件）は取り込みません。最初の計画のあとで職員を確定してください。\n",
                        "note: the scenario's \(scenario.pins.count) pin(s) are not imported; confirm people after the first plan\n"
                    ))
            }
            let opening = try IncidentDesk.Opening.drill(from: scenario)
            (incident, requests) = try await session.run { desk throws(OperationsError) in
                try await desk.open(opening, by: options.actor)
            }
        } else {
            guard let name, let start else { throw ExitStatus.usage.exitCode }
            let opening = IncidentDesk.Opening(
                name: name, start: start, rotationDays: rotationDays, affected: try affected.map(lookup.code),
                isDrill: drill)
            (incident, requests) = try await session.run { desk throws(OperationsError) in
                try await desk.open(opening, by: options.actor)
            }
        }
        let text = IncidentText(names: lookup, language: CommandLanguage.current)
        options.print(
            json: IncidentJSON.Opened(incident, requests: requests, names: lookup),
            text: L("開設しました: ", "Opened ") + text.incident(incident)
                + (requests.isEmpty
                    ? ""
                    : L("\n登録した応援要請（\(requests.count)件）:\n", "\nRequests filed (\(requests.count)):\n")
                        + text.table(requests.map(text.requestRow)))
                + L(
                    "\n次に: counterpart request add --incident \(incident.id) … で要請を登録し、counterpart incident plan \(incident.id) で計画します\n",
                    "\nNext: counterpart request add --incident \(incident.id) …, then counterpart incident plan \(incident.id)\n"
                )
        )
    }
}

/// `counterpart incident list`.
struct IncidentListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: L("災害と訓練を古い順に一覧にします。", "List incidents and drills, oldest first."))

    @OptionGroup var options: OperationsOptions

    func run() async throws {
        let session = try options.session()
        let incidents = try await session.run { desk throws(OperationsError) in try await desk.incidents() }
        guard !incidents.isEmpty else {
            return options.print(json: .array([]), text: L("災害はまだありません。\n", "No incidents yet.\n"))
        }
        let lookup = try await session.names()
        let text = IncidentText(names: lookup, language: CommandLanguage.current)
        options.print(
            json: incidents.map { IncidentJSON.Incident($0, names: lookup) },
            text: text.table(incidents.map(text.incidentLine), indent: ""))
    }
}

/// `counterpart incident extend ID --affected CODE-OR-NAME…`.
struct IncidentExtendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extend",
        abstract: L(
            "開設中の災害に被災市町を追加します（被害の拡大）。", "Add hit municipalities to an open incident (a disaster that spreads)."),
        discussion: L(
            "追加した市町はその時点から要請を登録でき、以後の要請や計画は関係するメンバーに届きます。",
            "They may file requests from then on; what comes next (requests, plans) reaches the members concerned."))

    @OptionGroup var options: OperationsOptions
    @Argument(help: ArgumentHelp(L("災害（I1 または 1）。", "The incident (I1 or 1)."))) var incident: RecordArgument<Incident>
    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp(L("新たに被災した市町（コードまたは市町名）。", "The municipalities now hit (codes or names)."))) var affected:
        [String] = []

    func validate() throws {
        guard !affected.isEmpty else {
            throw ValidationError(
                L(
                    "新たに被災した市町を指定してください: --affected コードまたは市町名…",
                    "name the municipalities now hit: --affected CODE-OR-NAME…"))
        }
    }

    func run() async throws {
        let session = try options.session()
        let lookup = try await session.names()
        let codes = try affected.map(lookup.code)
        let id = incident.id
        let extended = try await session.run { desk throws(OperationsError) in
            try await desk.extend(id, adding: codes, by: options.actor)
        }
        options.print(
            json: IncidentJSON.Incident(extended, names: lookup),
            text: L("被災市町を追加しました: ", "Extended ")
                + IncidentText(names: lookup, language: CommandLanguage.current).incident(extended))
    }
}

/// `counterpart incident close ID`.
struct IncidentCloseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: L("災害を終了します。以後は追加できず、記録はそのまま残ります。", "Close an incident: nothing more is added; its record stays."),
        discussion: L(
            """
            確定済みまたは派遣中の職員がいる間は終了できません。先に帰任を記録するか、--force で終了します\
            （その職員の一覧を表示します）。帰任は終了後も記録できます。
            """,
            """
            Refused while people are confirmed or away (dispatched): record their return first, or close with             --force, which lists them. Their return can still be recorded after the closing.
            """))

    @OptionGroup var options: OperationsOptions
    @Argument(help: ArgumentHelp(L("災害（I1 または 1）。", "The incident (I1 or 1)."))) var incident: RecordArgument<Incident>
    @Flag(help: ArgumentHelp(L("確定済みまたは派遣中の職員がいても終了します。", "Close even though people are still confirmed or away.")))
    var force = false

    func run() async throws {
        let session = try options.session()
        let id = incident.id
        let (closed, stillOut) = try await session.run { desk throws(OperationsError) in
            try await desk.close(id, force: force, by: options.actor)
        }
        let lookup = try await session.names()
        let text = IncidentText(names: lookup, language: CommandLanguage.current)
        options.print(
            json: IncidentJSON.Incident(closed, names: lookup),
            text: L("終了しました: ", "Closed ") + text.incident(closed)
                + (stillOut.isEmpty
                    ? ""
                    : L(
                        "まだ確定済みまたは派遣中の職員（\(stillOut.count)人）。帰任は 'counterpart assignment returned' で記録します:\n",
                        "Still confirmed or away (\(stillOut.count)); record their return with 'counterpart assignment returned':\n"
                    )
                        + text.table(stillOut.map(text.assignmentRow))))
    }
}
