import CounterpartCore
import CounterpartOperations
import CounterpartReports
import Hummingbird

extension BoardPages {
    /// `GET /incidents/{I}/sitrep`: the situation report, for the screen and for A4 paper
    /// (table headers repeated on each page, phone numbers unbroken, the print date below).
    func sitrep(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        try await page(request) { caller throws(APIError) in
            let incident = try await api.incident(HotlineAPI.parameter(context, "incident"), for: caller)
            let (report, asOf) = try await operations { () throws(OperationsError) in
                try await api.desk.situationReport(incident.id)
            }
            let names = RosterNames(roster: caller.roster)
            var values = BoardWords.incident(incident, names: names)
            values["asOf"] = asOf.japaneseLong
            values["version"] = report.planVersion.map { "計画 第\($0)版" } ?? "未計画"
            values["categories"] = report.categories.map { line -> [String: Any] in
                [
                    "municipality": names.name(line.municipality, language: .japanese),
                    "category": line.category.japaneseLabel, "requested": line.requested, "proposed": line.proposed,
                    "confirmed": line.confirmed, "dispatched": line.dispatched, "short": line.short,
                    "class": line.short > 0 ? "state-short" : "",
                ]
            }
            values["supporters"] = report.supporters.map {
                [
                    "municipality": names.name($0.municipality, language: .japanese), "away": $0.away,
                    "days": $0.personDays,
                ]
            }
            values["unread"] = report.unacknowledged.map { group -> [String: Any] in
                [
                    "municipality": names.name(group.municipality, language: .japanese),
                    "contact": group.contact?.name ?? "", "phone": group.contact?.phone ?? "",
                    "items": group.items.map(\.item.description).joined(separator: "、"),
                ]
            }
            values["events"] = report.events.map {
                [
                    "time": $0.stamp.time.japaneseShort, "actor": $0.stamp.actor, "subject": $0.subject,
                    "text": $0.japaneseText,
                ]
            }
            return BoardPage(
                title: "状況報告 \(incident.id) \(incident.name)", template: "sitrep", values: values, caller: caller)
        }
    }

    /// `GET /roster/contacts`: the contact sheet (連絡網) by group, for the screen and A4.
    func contacts(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        try await page(request) { caller throws(APIError) in
            try caller.require(.contactSheet)
            let roster = caller.roster
            let names = RosterNames(roster: roster)
            func rows(_ code: LocalGovernmentCode) -> [[String: Any]] {
                roster.members.filter { $0.municipality == code }.map {
                    [
                        "municipality": names.name(code, language: .japanese), "role": $0.role.japaneseLabel,
                        "name": $0.name, "phone": $0.phone ?? "", "id": $0.id.rawValue,
                    ]
                }
            }
            let groups = roster.groups.map { group -> [String: Any] in
                [
                    "id": group.id.description, "name": group.name,
                    "members": rows(roster.prefecture) + group.memberCodes.flatMap(rows),
                ]
            }
            return BoardPage(title: "連絡網", template: "contacts", values: ["groups": groups], caller: caller)
        }
    }
}

/// The pages made to be printed.
enum BoardPrintTemplates {
    static let sitrep = """
        <h1>{{title}}</h1>
        <p>{{asOf}} 現在（日本時間）、{{state}}。{{version}}。被災市町: {{affected}}</p>
        <h2>被災市町・業務区分別（延べ人数）</h2>
        <div class="scroll"><table><thead><tr><th scope="col">被災市町</th><th scope="col">業務区分</th><th scope="col">要請</th><th scope="col">提案</th><th scope="col">確定</th><th scope="col">派遣</th><th scope="col">不足</th></tr></thead><tbody>
        {{#categories}}<tr class="{{class}}"><td>{{municipality}}</td><td>{{category}}</td><td class="num">{{requested}}</td><td class="num">{{proposed}}</td><td class="num">{{confirmed}}</td><td class="num">{{dispatched}}</td><td class="num">{{short}}</td></tr>{{/categories}}
        </tbody></table></div>
        <h2>応援市町</h2>
        <div class="scroll"><table><thead><tr><th scope="col">市町</th><th scope="col">派遣中</th><th scope="col">延べ人日</th></tr></thead><tbody>
        {{#supporters}}<tr><td>{{municipality}}</td><td class="num">{{away}}人</td><td class="num">{{days}}</td></tr>{{/supporters}}
        </tbody></table></div>
        <h2>未読（電話で伝える相手）</h2>
        <div class="scroll"><table><thead><tr><th scope="col">市町</th><th scope="col">連絡先</th><th scope="col">電話</th><th scope="col">未読の項目</th></tr></thead><tbody>
        {{#unread}}<tr><td>{{municipality}}</td><td>{{contact}}</td><td class="tel">{{phone}}</td><td>{{items}}</td></tr>{{/unread}}
        </tbody></table></div>
        <h2>最新の記録</h2>
        <div class="scroll"><table><thead><tr><th scope="col">日時</th><th scope="col">操作者</th><th scope="col">記録</th><th scope="col">内容</th></tr></thead><tbody>
        {{#events}}<tr><td>{{time}}</td><td>{{actor}}</td><td>{{subject}}</td><td>{{text}}</td></tr>{{/events}}
        </tbody></table></div>
        """

    static let contacts = """
        <h1>{{title}}</h1>
        {{#groups}}
        <h2>{{name}}（{{id}}グループ）</h2>
        <div class="scroll"><table><thead><tr><th scope="col">市町</th><th scope="col">役割</th><th scope="col">氏名</th><th scope="col">電話</th><th scope="col">メンバーID</th></tr></thead><tbody>
        {{#members}}<tr><td>{{municipality}}</td><td>{{role}}</td><td>{{name}}</td><td class="tel">{{phone}}</td><td>{{id}}</td></tr>{{/members}}
        </tbody></table></div>
        {{/groups}}
        """
}
