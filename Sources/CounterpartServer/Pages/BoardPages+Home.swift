import CounterpartCore
import CounterpartOperations
import CounterpartReports
import Hummingbird

extension BoardPages {
    /// `GET /`: what is addressed to the member and unread, the incidents they are concerned
    /// with, and what waits for them (their people proposed; their town's requests).
    func home(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        try await page(request) { caller throws(APIError) in
            let names = RosterNames(roster: caller.roster)
            let incidents = try await operations { () throws(OperationsError) in try await api.desk.incidents() }
                .filter { caller.isConcerned(with: $0) }
            let unread = try await unreadItems(of: caller)
            var waiting: [[String: Any]] = []
            var own: [[String: Any]] = []
            for incident in incidents where incident.isOpen {
                let view = try await operations { () throws(OperationsError) in try await api.desk.view(incident.id) }
                let proposed = view.assignments.filter {
                    $0.supplier == caller.member.municipality && $0.state == .proposed
                }
                if !proposed.isEmpty {
                    waiting.append([
                        "incident": incident.id.description, "name": incident.name, "count": proposed.count,
                    ])
                }
                for filed in view.requests where filed.details.municipality == caller.member.municipality {
                    let coming = view.assignments.filter { $0.request == filed.id && $0.state.isHeld }
                    own.append([
                        "incident": incident.id.description, "id": filed.id.description,
                        "category": filed.details.category.japaneseLabel, "headcount": filed.details.headcount,
                        "days": BoardWords.days(filed.details.days), "cancelled": filed.isCancelled,
                        "coming": coming.count,
                    ])
                }
            }
            let values: [String: Any] = [
                "unread": unread, "hasUnread": !unread.isEmpty,
                "unreadItems": unread.compactMap { $0["item"] as? String }.joined(separator: " "),
                "incidents": incidents.map { BoardWords.incident($0, names: names) },
                "hasIncidents": !incidents.isEmpty,
                "hq": caller.isHeadquarters, "waiting": waiting, "own": own, "hasOwn": !own.isEmpty,
                "municipality": names.name(caller.member.municipality, language: .japanese),
            ]
            return BoardPage(title: "ホーム", template: "home", values: values, caller: caller, live: "all")
        }
    }

    /// What is addressed to `caller` and not yet acknowledged, oldest first.
    func unreadItems(of caller: Caller) async throws(APIError) -> [[String: Any]] {
        let pending = try await operations { () throws(OperationsError) in
            try await api.desk.pendingAcknowledgements(incident: nil, includesDrills: true)
        }
        return pending.filter { $0.member == caller.member.id }.sorted { $0.sequence < $1.sequence }.map { item in
            [
                "item": item.item.description, "kind": BoardWords.itemKind(item.item),
                "link": BoardWords.link(item.item, incident: item.incident),
                "incident": item.incident?.description ?? "", "since": item.since.japaneseShort,
            ]
        }
    }
}

/// The home page.
enum BoardHomeTemplates {
    static let home = """
        <h1>{{title}} <span class="note">{{municipality}}</span></h1>
        <section id="home-unread" data-region="unread" aria-labelledby="unread-heading">
        <h2 id="unread-heading">未読（あなたあて）</h2>
        {{#hasUnread}}
        <form class="inline" id="ack-all" data-api="/api/v1/acks" data-lists="items"><input type="hidden" name="items" value="{{unreadItems}}"><button type="submit">すべて確認しました（既読）</button></form>
        <ul class="cards">
        {{#unread}}
        <li><a href="{{link}}">{{kind}} {{item}}</a>{{#incident}} <span class="note">{{incident}}</span>{{/incident}} <span class="note">{{since}}から</span>
        <form class="inline" id="ack-{{item}}" data-api="/api/v1/acks" data-lists="items"><input type="hidden" name="items" value="{{item}}"><button type="submit">確認しました（既読）</button></form></li>
        {{/unread}}
        </ul>
        {{/hasUnread}}
        {{^hasUnread}}<p>未読はありません。</p>{{/hasUnread}}
        </section>

        <section id="home-incidents" data-region="incidents" aria-labelledby="incidents-heading">
        <h2 id="incidents-heading">災害</h2>
        {{#hasIncidents}}
        <ul class="cards">
        {{#incidents}}<li><a href="/incidents/{{id}}">{{id}} {{name}}</a> {{#drill}}<span class="badge drill">訓練</span>{{/drill}} <span class="badge">{{state}}</span> <span class="note">{{start}}から　被災市町: {{affected}}</span></li>{{/incidents}}
        </ul>
        {{/hasIncidents}}
        {{^hasIncidents}}<p>関係する災害はありません。</p>{{/hasIncidents}}
        {{#waiting}}<p class="state-short">回答待ち: <a href="/incidents/{{incident}}#people">{{incident}} {{name}}</a> に、あなたの市町の職員の提案が {{count}}人あります。</p>{{/waiting}}
        {{#hasOwn}}
        <h2>あなたの市町の応援要請</h2>
        <div class="scroll"><table><thead><tr><th scope="col">要請</th><th scope="col">業務区分</th><th scope="col">人数</th><th scope="col">期間</th><th scope="col">確定・派遣中</th></tr></thead><tbody>
        {{#own}}<tr><td><a href="/incidents/{{incident}}#{{id}}">{{id}}</a>{{#cancelled}} 取消{{/cancelled}}</td><td>{{category}}</td><td class="num">{{headcount}}人</td><td>{{days}}</td><td class="num">{{coming}}人</td></tr>{{/own}}
        </tbody></table></div>
        {{/hasOwn}}
        </section>

        {{#hq}}
        <h2 id="open-heading">災害を開設する（県本部）</h2>
        <form class="stack" id="open-incident" data-api="/api/v1/incidents" data-lists="affected" data-next="/incidents/{id}">
        <p class="form-error" role="alert"></p>
        <label for="open-name">災害名</label>
        <input id="open-name" name="name" required>
        <label for="open-start">開始日（第1期の初日）</label>
        <input id="open-start" name="start" type="date" required>
        <label for="open-rotation">交代の日数（既定 7日）</label>
        <input id="open-rotation" name="rotationDays" type="number" min="1" max="366" value="7">
        <label for="open-affected">被災市町（市町名またはコード。複数は空白で区切る）</label>
        <input id="open-affected" name="affected" required>
        <label><input type="checkbox" name="drill"> 訓練として開設する</label>
        <button type="submit">開設する</button>
        </form>
        <h2 id="drill-heading">訓練シナリオから開設する（県本部）</h2>
        <form class="stack" id="open-drill" data-api="/api/v1/drills" data-upload="scenario" data-next="/incidents/{id}">
        <p class="form-error" role="alert"></p>
        <label for="drill-file">シナリオファイル（XML。例: Data/ehime/drill-nankai-quake.xml）</label>
        <input id="drill-file" name="scenario" type="file" accept=".xml,application/xml,text/xml" required>
        <button type="submit">訓練を開設する</button>
        </form>
        {{/hq}}
        """
}
