import CounterpartCore
import CounterpartOperations
import CounterpartReports
import Hummingbird

extension BoardPages {
    /// `GET /notices`: the notice board (掲示板): the notices the member may read, with their
    /// read receipts; headquarters posts from here.
    func notices(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        try await page(request) { caller throws(APIError) in
            let records = try await operations { () throws(OperationsError) in
                try await api.desk.notices(incident: nil)
            }
            let hidden = try await api.unseenIncidents(caller)
            let shown = records.filter {
                HotlineAPI.mayRead($0, caller) && !($0.notice.incident.map(hidden.contains) ?? false)
            }.reversed()
            let names = RosterNames(roster: caller.roster)
            let values: [String: Any] = [
                "notices": shown.map { notice($0, names: names, caller: caller) }, "hasNotices": !shown.isEmpty,
                "hq": caller.isHeadquarters,
                "groups": caller.roster.groups.map { ["id": $0.id.description, "name": $0.name] },
            ]
            return BoardPage(title: "掲示板", template: "notices", values: values, caller: caller, live: "all")
        }
    }

    /// `GET /notices/{N}`: one notice, who has read it and who not yet.
    func notice(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        try await page(request) { caller throws(APIError) in
            let id = try InputValues.id(HotlineAPI.parameter(context, "notice"), as: Notice.self)
            let record = try await operations { () throws(OperationsError) in try await api.desk.notice(id) }
            if let incident = record.notice.incident { _ = try await api.incident(incident, for: caller) }
            guard HotlineAPI.mayRead(record, caller) else { throw APIError.notFound(id.description) }
            let names = RosterNames(roster: caller.roster)
            var values = notice(record, names: names, caller: caller)
            values["readers"] = record.readers.map { reader -> [String: Any] in
                let member = names.member(reader.member)
                return [
                    "name": member?.name ?? reader.member.rawValue, "member": reader.member.rawValue,
                    "municipality": names.name(reader.municipality, language: .japanese),
                    "read": reader.acknowledged.map { "既読 \($0.time.japaneseShort)" } ?? "未読",
                    "class": reader.acknowledged == nil ? "state-short" : "state-filled",
                ]
            }
            return BoardPage(
                title: "\(record.notice.id) \(record.notice.title)", template: "notice", values: values, caller: caller,
                live: "all")
        }
    }

    /// A notice as the pages show it.
    private func notice(_ record: NoticeRecord, names: RosterNames, caller: Caller) -> [String: Any] {
        let notice = record.notice
        let mine = record.readers.first { $0.member == caller.member.id }
        return [
            "id": notice.id.description, "title": notice.title, "body": notice.body,
            "posted": notice.posted.time.japaneseShort, "by": notice.posted.actor,
            "to": notice.group.map { "\($0)グループと県本部" } ?? "全メンバー",
            "incident": notice.incident?.description ?? "",
            "receipt": "既読 \(record.acknowledged.count)/\(record.readers.count)",
            "mayAck": mine != nil && mine?.acknowledged == nil,
        ]
    }

    /// `GET /followup`: headquarters' list of who has not read what, and whom to phone.
    func followup(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        try await page(request) { caller throws(APIError) in
            try caller.require(.followup)
            let groups = try await operations { () throws(OperationsError) in
                try await api.desk.followup(incident: nil, caller: caller.agent)
            }
            let names = RosterNames(roster: caller.roster)
            let values: [String: Any] = [
                "groups": groups.map { group -> [String: Any] in
                    [
                        "municipality": names.name(group.municipality, language: .japanese),
                        "contact": group.contact.map { "\($0.name)（\($0.role.japaneseLabel)）" } ?? "（連絡先なし）",
                        "phone": group.contact?.phone ?? "",
                        "code": group.municipality.description,
                        "renotify": Array(Set(group.items.compactMap(\.incident))).sorted { $0.number < $1.number }
                            .map { ["incident": $0.description, "code": group.municipality.description] },
                        "items": group.items.map { item -> [String: Any] in
                            [
                                "item": item.item.description, "kind": BoardWords.itemKind(item.item),
                                "link": BoardWords.link(item.item, incident: item.incident),
                                "since": item.since.japaneseShort, "drill": item.isDrill,
                                "waiting": item.waiting.map { names.member($0)?.name ?? $0.rawValue }
                                    .joined(separator: "、"),
                                "members": item.waiting.map {
                                    ["id": $0.rawValue, "name": names.member($0)?.name ?? $0.rawValue]
                                },
                            ]
                        },
                    ]
                },
                "hasGroups": !groups.isEmpty,
            ]
            return BoardPage(title: "未読の確認（電話連絡先）", template: "followup", values: values, caller: caller, live: "all")
        }
    }
}

/// The notice board and the follow-up list.
enum BoardNoticeTemplates {
    static let notices = """
        <h1>{{title}}</h1>
        {{#hq}}
        <h2 id="post-heading">掲示する（県本部）</h2>
        <form class="stack" id="post-notice" data-api="/api/v1/notices" data-next="/notices">
        <p class="form-error" role="alert"></p>
        <label for="notice-title">件名</label>
        <input id="notice-title" name="title" required>
        <label for="notice-body">本文</label>
        <textarea id="notice-body" name="body" rows="4" required></textarea>
        <label for="notice-group">宛先</label>
        <select id="notice-group" name="group"><option value="">全メンバー</option>{{#groups}}<option value="{{id}}">{{name}}（{{id}}グループ）と県本部</option>{{/groups}}</select>
        <label for="notice-incident">関係する災害（例: I1。なければ空欄）</label>
        <input id="notice-incident" name="incident">
        <button type="submit">掲示する</button>
        </form>
        {{/hq}}
        <section id="notice-list" data-region="notices" aria-labelledby="list-heading">
        <h2 id="list-heading">掲示</h2>
        {{#hasNotices}}
        <ul class="cards">{{#notices}}<li><a href="/notices/{{id}}">{{id}} {{title}}</a> <span class="note">{{posted}}　宛先: {{to}}　{{receipt}}</span>{{#mayAck}} <span class="state-short">未読</span>{{/mayAck}}</li>{{/notices}}</ul>
        {{/hasNotices}}
        {{^hasNotices}}<p>掲示はありません。</p>{{/hasNotices}}
        </section>
        """

    static let notice = """
        <h1>{{id}} {{title}}</h1>
        <p class="note">{{posted}}　{{by}}　宛先: {{to}}{{#incident}}　災害 {{incident}}{{/incident}}</p>
        <p>{{body}}</p>
        <section id="notice-readers" data-region="readers" aria-labelledby="readers-heading">
        {{#mayAck}}<form class="inline" id="ack-{{id}}" data-api="/api/v1/acks" data-lists="items"><input type="hidden" name="items" value="{{id}}"><button type="submit">確認しました（既読）</button></form>{{/mayAck}}
        <h2 id="readers-heading">{{receipt}}</h2>
        <div class="scroll"><table><thead><tr><th scope="col">氏名</th><th scope="col">市町</th><th scope="col">既読</th></tr></thead><tbody>
        {{#readers}}<tr><td>{{name}} <span class="note">{{member}}</span></td><td>{{municipality}}</td><td class="{{class}}">{{read}}</td></tr>{{/readers}}
        </tbody></table></div>
        </section>
        """

    static let followup = """
        <h1>{{title}}</h1>
        <section id="followup-list" data-region="followup" aria-labelledby="followup-heading">
        <h2 id="followup-heading">まだ読んでいない人がいる市町（待ち時間の長い順）</h2>
        {{#hasGroups}}
        {{#groups}}
        <h3>{{municipality}} — 電話: {{contact}} <span class="tel">{{phone}}</span></h3>
        <ul>{{#items}}<li>{{since}}から <a href="{{link}}">{{kind}} {{item}}</a>{{#drill}} <span class="badge drill">訓練</span>{{/drill}}　未読: {{waiting}}
        <form class="inline" id="phoned-{{item}}-{{code}}" data-api="/api/v1/followup/phoned" data-lists="items"><p class="form-error" role="alert"></p><input type="hidden" name="items" value="{{item}}"><label for="phoned-member-{{item}}-{{code}}">電話で伝えた相手</label> <select id="phoned-member-{{item}}-{{code}}" name="member">{{#members}}<option value="{{id}}">{{name}}</option>{{/members}}</select> <button type="submit" class="secondary">電話で確認済みにする</button></form></li>{{/items}}</ul>
        {{#renotify}}<form class="inline" id="renotify-{{incident}}-{{code}}" data-api="/api/v1/followup/renotify"><p class="form-error" role="alert"></p><input type="hidden" name="incident" value="{{incident}}"><input type="hidden" name="municipality" value="{{code}}"><button type="submit" class="secondary">{{incident}} の未読者に再通知する</button></form>{{/renotify}}
        {{/groups}}
        {{/hasGroups}}
        {{^hasGroups}}<p>未読はありません。</p>{{/hasGroups}}
        </section>
        """
}
