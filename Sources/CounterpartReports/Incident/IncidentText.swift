import CounterpartCore
import CounterpartOperations
import CounterpartPlanner

/// The records of an incident as the hotline officer reads them. Names, notes, reasons and
/// actors are made safe for a terminal (``PlainText``; cells by ``TextColumns``).
public struct IncidentText: Sendable {
    /// Where names come from.
    public let names: RosterNames
    /// The language of the words around the records (names and notes are as written).
    public let language: Language

    /// Texts with names from `names`, in `language`.
    public init(names: RosterNames, language: Language = .english) {
        self.names = names
        self.language = language
    }

    /// `japanese` or `english`, as these texts speak.
    func say(_ japanese: String, _ english: String) -> String { language.pick(japanese, english) }

    public func incidentLine(_ incident: Incident) -> [String] {
        [
            incident.id.description, incident.name + (incident.isDrill ? say("（訓練）", "（訓練 drill）") : ""),
            say(
                "\(incident.start.japaneseShort)から、1期\(incident.rotationDays)日",
                "from \(incident.start), \(incident.rotationDays)-day periods"),
            incident.affected.map(names.name).joined(separator: "、"),
            incident.closed.map { say("終了 \($0.time.japanTime)", "closed \($0.time.japanTime)") }
                ?? say("対応中", "open"),
        ]
    }

    public func incident(_ incident: Incident) -> String {
        let safe = PlainText.line
        let drill = incident.isDrill ? say("（訓練 — 実際の報告には含みません）", "（訓練 drill — never in real reports）") : ""
        var out = "\(incident.id)  \(safe(incident.name))\(drill)\n"
        out += say(
            "  開始 \(incident.start.japaneseLong)、1期 \(incident.rotationDays)日\n",
            "  start \(incident.start), rotation periods of \(incident.rotationDays) days\n")
        out +=
            say("  被災市町: ", "  affected: ")
            + incident.affected.map { "\(safe(names.name($0))) (\($0))" }.joined(separator: "、") + "\n"
        out += say(
            "  開設 \(incident.opened.time.japanTime)（\(safe(incident.opened.byline))）",
            "  opened \(incident.opened.time.japanTime) by \(safe(incident.opened.byline))")
        if let closed = incident.closed {
            out += say(
                "、終了 \(closed.time.japanTime)（\(safe(closed.byline))）",
                "; closed \(closed.time.japanTime) by \(safe(closed.byline))")
        }
        return PlainText.document(out + "\n")
    }

    public func requestRow(_ request: IncidentRequest) -> [String] {
        let details = request.details
        if language == .japanese {
            return [
                request.id.description, names.name(details.municipality), details.category.japaneseLabel,
                "\(details.headcount)人", "\(details.days.from.japaneseShort)〜\(details.days.to.japaneseShort)",
                details.priority.japaneseLabel, request.isCancelled ? "取消" : "受付中", details.note ?? "",
            ]
        }
        return [
            request.id.description, names.name(details.municipality),
            "\(details.category.japaneseLabel) \(details.category)", "×\(details.headcount)",
            "\(details.days.from) – \(details.days.to)", "\(details.priority.japaneseLabel) \(details.priority)",
            request.isCancelled ? "取消 cancelled" : "open", details.note ?? "",
        ]
    }

    public func assignmentRow(_ assignment: IncidentAssignment) -> [String] {
        if language == .japanese {
            return [
                assignment.id.description, assignment.request.description,
                names.staffName(assignment.staff) ?? assignment.staffName ?? "", assignment.staff.rawValue,
                names.name(assignment.supplier), assignment.tier.japaneseLabel, "第\(assignment.period + 1)期",
                "\(assignment.window.from.japaneseShort)〜\(assignment.window.to.japaneseShort)",
                assignment.state.japaneseLabel, assignment.reason.map(AssignmentReason.japanese) ?? "",
            ]
        }
        return [
            assignment.id.description, assignment.request.description,
            names.staffName(assignment.staff) ?? assignment.staffName ?? "",
            assignment.staff.rawValue,
            names.name(assignment.supplier), "\(assignment.tier.japaneseLabel) \(assignment.tier)",
            "period \(assignment.period)",
            "\(assignment.window.from) – \(assignment.window.to)",
            "\(assignment.state.japaneseLabel) \(assignment.state)",
            assignment.reason ?? "",
        ]
    }

    public func table(_ rows: [[String]], indent: String = "  ") -> String {
        rows.isEmpty ? "" : TextColumns.render(rows, indent: indent)
    }

    public func planOutcome(_ outcome: IncidentDesk.PlanOutcome, incident: Incident) -> String {
        let japanese = language == .japanese
        var out = say(
            "\(incident.id) の計画第\(outcome.version)版を \(outcome.id) として記録しました（現在の名簿による）。\n",
            "Plan version \(outcome.version) of \(incident.id) stored as \(outcome.id) (roster as it stands now).\n")
        let nobody = say("  なし\n", "  nobody\n")
        out += say(
            "\n新規提案（\(outcome.newlyProposed.count)人）:\n", "\nNewly proposed 新規提案 (\(outcome.newlyProposed.count)):\n")
        out += outcome.newlyProposed.isEmpty ? nobody : table(outcome.newlyProposed.map(assignmentRow))
        out += say(
            "\n取下げ（\(outcome.noLongerNeeded.count)人）:\n", "\nNo longer needed 取下げ (\(outcome.noLongerNeeded.count)):\n")
        out += outcome.noLongerNeeded.isEmpty ? nobody : table(outcome.noLongerNeeded.map(assignmentRow))
        let shortfalls = outcome.plan.periods.flatMap { period in period.shortfalls.map { (period.index, $0) } }
        let missing = shortfalls.reduce(0) { $0 + $1.1.missing }
        out += say(
            "\n不足（計\(missing)人。応急対策職員派遣制度で国へ要請）:\n",
            "\nShortfalls 不足 (\(missing) missing; escalate 応急対策職員派遣制度):\n")
        out +=
            shortfalls.isEmpty
            ? say("  なし\n", "  none\n")
            : table(
                shortfalls.map { period, shortfall in
                    japanese
                        ? [
                            ReportWords.period(period), shortfall.request.rawValue, shortfall.category.japaneseLabel,
                            ReportWords.missing(shortfall.missing), shortfall.reason.japaneseSentence,
                        ]
                        : [
                            "period \(period)", shortfall.request.rawValue,
                            "\(shortfall.category.japaneseLabel) \(shortfall.category)",
                            "missing \(shortfall.missing)", shortfall.reason.sentence,
                        ]
                })
        if !outcome.heldElsewhere.isEmpty {
            out += say(
                "\n他の災害で確保中（\(outcome.heldElsewhere.count)人。その期間はここでは提案しません）:\n",
                "\nHeld in other incidents 他の災害で確保中 (\(outcome.heldElsewhere.count); not proposed here on those days):\n"
            )
            out += table(outcome.heldElsewhere.map { [$0.incident.description] + assignmentRow($0.assignment) })
        }
        if !outcome.kept.isEmpty {
            out += say(
                "\n名簿が変わったがそのままの職員（\(outcome.kept.count)人）:\n",
                "\nKept as they are, though the roster changed 名簿変更 (\(outcome.kept.count)):\n")
            out += table(
                outcome.kept.map {
                    [
                        $0.assignment.id.description, $0.assignment.staff.rawValue,
                        language == .japanese ? $0.japaneseReason : $0.reason,
                    ]
                })
        }
        let held = outcome.assignments.filter(\.state.isHeld).count
        let proposed = outcome.assignments.filter { $0.state == .proposed }.count
        out += say(
            "\n現在: 回答待ちの提案 \(proposed)人、確定・派遣中 \(held)人（そのまま維持）。\n",
            "\nNow: \(proposed) proposed awaiting an answer, \(held) confirmed or dispatched (kept as they are).\n")
        return PlainText.document(out)
    }

    /// `followup`: what is unread, by municipality, with whom to phone, in `language`.
    public func followup(_ groups: [FollowupGroup], language: Language = .english) -> String {
        if language == .japanese { return japaneseFollowup(groups) }
        guard !groups.isEmpty else { return "Everything has been acknowledged. 未確認なし\n" }
        let items = Set(groups.flatMap { $0.items.map(\.item) }).count
        let drillItems = Set(groups.flatMap { $0.items.filter(\.isDrill).map(\.item) }).count
        let people = groups.reduce(0) { $0 + Set($1.items.flatMap(\.waiting)).count }
        var out =
            "Unacknowledged 未確認: \(items) item\(items == 1 ? "" : "s")"
            + (drillItems == 0 ? "" : " (\(drillItems) of drills 訓練)")
            + ", \(people) member\(people == 1 ? "" : "s") to reach, longest-waiting first\n"
        let safe = PlainText.line
        for group in groups {
            out += "\n\(safe(names.name(group.municipality))) (\(group.municipality)) — call "
            if let contact = group.contact {
                out +=
                    "\(safe(contact.name)) (\(contact.role.japaneseLabel) \(contact.role)) \(safe(contact.phone ?? "no phone registered"))\n"
            } else {
                out += "nobody registered on the hotline\n"
            }
            for item in group.items {
                let drill = item.isDrill ? "訓練 drill \(item.incident.map { "\($0) " } ?? "")— " : ""
                out += "  since \(item.since.japanTime)  \(drill)\(safe(item.subject))\n"
                out += "    not read by: " + item.waiting.map(memberLabel).joined(separator: "、") + "\n"
            }
        }
        return PlainText.document(out)
    }

    /// `宇和島 実務 (実務担当, m-u-1)`, or the id alone when the roster lacks the member; made
    /// safe for a terminal.
    public func memberLabel(_ id: MemberID) -> String {
        guard let member = names.member(id) else { return PlainText.line(id.rawValue) }
        return PlainText.line("\(member.name) (\(member.role.japaneseLabel), \(id))")
    }
}
