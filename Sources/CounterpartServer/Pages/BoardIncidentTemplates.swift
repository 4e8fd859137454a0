/// The incident board.
enum BoardIncidentTemplates {
    static let incident = """
        <h1>{{id}} {{name}} {{#drill}}<span class="badge drill">訓練</span>{{/drill}} <span class="badge">{{state}}</span></h1>
        <p class="note">{{start}}から{{rotationDays}}日ごとの交代。被災市町: {{affected}}</p>
        <p><a href="/incidents/{{id}}/sitrep">状況報告（印刷用）</a>　<a href="/roster/contacts">連絡網</a></p>

        {{#hq}}
        <section aria-labelledby="hq-heading">
        <h2 id="hq-heading">県本部の操作</h2>
        <form class="inline" id="plan" data-api="/api/v1/incidents/{{id}}/plans"><button type="submit">計画する（新しい計画版）</button></form>
        <form class="inline" id="extend" data-api="/api/v1/incidents/{{id}}/affected" data-lists="codes">
        <p class="form-error" role="alert"></p>
        <label for="extend-codes">被災市町を追加</label> <input id="extend-codes" name="codes" placeholder="例: 大洲市"> <button type="submit" class="secondary">追加する</button>
        </form>
        <form class="inline" id="close" data-api="/api/v1/incidents/{{id}}/close" data-confirm="この災害を終了します。よろしいですか。">
        <p class="form-error" role="alert"></p>
        <button type="submit" class="secondary">災害を終了する</button>
        </form>
        </section>
        {{/hq}}

        <section id="summary" data-region="summary" aria-labelledby="summary-heading">
        <h2 id="summary-heading">被災市町・業務区分別（延べ人数）</h2>
        <div class="scroll"><table><thead><tr><th scope="col">被災市町</th><th scope="col">業務区分</th><th scope="col">要請</th><th scope="col">提案</th><th scope="col">確定</th><th scope="col">派遣中</th><th scope="col">状況</th></tr></thead><tbody>
        {{#summary}}<tr><td>{{municipality}}</td><td>{{category}}</td><td class="num">{{requested}}</td><td class="num">{{proposed}}</td><td class="num">{{confirmed}}</td><td class="num">{{dispatched}}</td><td class="{{class}}">{{state}}</td></tr>{{/summary}}
        </tbody></table></div>
        </section>

        <section id="requests" data-region="requests" aria-labelledby="requests-heading">
        <h2 id="requests-heading">応援要請</h2>
        {{#hasRequests}}
        <div class="scroll"><table><thead><tr><th scope="col">要請</th><th scope="col">市町</th><th scope="col">業務区分</th><th scope="col">人数</th><th scope="col">期間</th><th scope="col">優先度</th><th scope="col">状態</th><th scope="col">既読</th><th scope="col">備考</th></tr></thead><tbody>
        {{#requests}}<tr id="{{id}}"><td>{{id}}</td><td>{{municipality}}</td><td>{{category}}</td><td class="num">{{headcount}}人</td><td>{{days}}</td><td>{{priority}}</td><td>{{state}}</td><td>{{receipt}}</td><td>{{note}}
        {{#mayChange}}<details><summary>変更・取消</summary>
        <form class="inline" id="change-{{id}}" data-api="/api/v1/requests/{{id}}" data-method="PATCH"><p class="form-error" role="alert"></p><label for="change-headcount-{{id}}">人数</label> <input id="change-headcount-{{id}}" name="headcount" type="number" min="1" value="{{headcount}}"> <label for="change-to-{{id}}">終了日</label> <input id="change-to-{{id}}" name="to" type="date" value="{{toDate}}"> <label for="change-note-{{id}}">備考</label> <input id="change-note-{{id}}" name="note" value="{{note}}"> <button type="submit" class="secondary">変更する</button></form>
        <form class="inline" id="cancel-{{id}}" data-api="/api/v1/requests/{{id}}/cancel" data-confirm="{{id}} を取り消します。よろしいですか。"><label for="cancel-reason-{{id}}">取消の理由</label> <input id="cancel-reason-{{id}}" name="reason"> <button type="submit" class="secondary">取り消す</button></form></details>{{/mayChange}}
        </td></tr>{{/requests}}
        </tbody></table></div>
        {{/hasRequests}}
        {{^hasRequests}}<p>応援要請はまだありません。</p>{{/hasRequests}}
        </section>

        {{#mayFile}}
        <h2 id="file-heading">応援要請を登録する</h2>
        <form class="stack" id="file-request" data-api="/api/v1/incidents/{{id}}/requests">
        <p class="form-error" role="alert"></p>
        <label for="file-municipality">市町</label>
        <select id="file-municipality" name="municipality">{{#fileFor}}<option value="{{code}}">{{name}}</option>{{/fileFor}}</select>
        <label for="file-category">業務区分</label>
        <select id="file-category" name="category">{{#categories}}<option value="{{token}}">{{label}}</option>{{/categories}}</select>
        <label for="file-headcount">人数</label>
        <input id="file-headcount" name="headcount" type="number" min="1" required>
        <label for="file-from">開始日</label>
        <input id="file-from" name="from" type="date" required>
        <label for="file-to">終了日</label>
        <input id="file-to" name="to" type="date" required>
        <label for="file-priority">優先度</label>
        <select id="file-priority" name="priority">{{#priorities}}<option value="{{token}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/priorities}}</select>
        <label for="file-note">備考（集合場所など）</label>
        <input id="file-note" name="note">
        <button type="submit">登録する</button>
        </form>
        {{/mayFile}}

        <section id="plan-state" data-region="plan" aria-labelledby="plan-heading">
        <h2 id="plan-heading">計画と不足</h2>
        {{#plan}}<p id="{{id}}">最新の計画版 {{id}}（{{receipt}}）</p>{{/plan}}
        {{^planned}}<p>まだ計画していません。</p>{{/planned}}
        {{#hasShortfalls}}
        <p class="state-short">不足があります。応急対策職員派遣制度で国へ要請してください。</p>
        <div class="scroll"><table><thead><tr><th scope="col">要請</th><th scope="col">業務区分</th><th scope="col">期</th><th scope="col">不足</th></tr></thead><tbody>
        {{#shortfalls}}<tr class="state-short"><td>{{request}}</td><td>{{category}}</td><td>{{period}}</td><td class="num">{{missing}}人不足</td></tr>{{/shortfalls}}
        </tbody></table></div>
        {{/hasShortfalls}}
        {{#planned}}{{^hasShortfalls}}<p class="state-filled">不足はありません。</p>{{/hasShortfalls}}{{/planned}}
        </section>

        <section id="people" data-region="people" aria-labelledby="people-heading">
        <h2 id="people-heading">応援職員</h2>
        {{#bulk}}
        <form class="inline" id="confirm-period-{{index}}" data-api="/api/v1/answers" data-answer="confirm" data-lists="assignment">
        <p class="form-error" role="alert"></p>
        {{#people}}<input type="hidden" name="assignment" value="{{id}}">{{/people}}
        <button type="submit">{{period}}の提案 {{count}}人をすべて承諾する</button>
        </form>
        {{/bulk}}
        {{#hasPeople}}
        <div class="scroll"><table><thead><tr><th scope="col">割当</th><th scope="col">要請</th><th scope="col">氏名</th><th scope="col">応援市町</th><th scope="col">区分</th><th scope="col">期</th><th scope="col">期間</th><th scope="col">状態</th><th scope="col">回答</th></tr></thead><tbody>
        {{#people}}<tr id="{{id}}"><td>{{id}}</td><td>{{request}}</td><td>{{name}} <span class="note">{{staff}}</span></td><td>{{supplier}}</td><td>{{tier}}</td><td>{{period}}</td><td>{{days}}</td><td>{{state}}{{#reason}} <span class="note">{{reason}}</span>{{/reason}}</td><td>
        {{#proposed}}
        <form class="inline" id="confirm-{{id}}" data-api="/api/v1/assignments/{{id}}/answer"><input type="hidden" name="action" value="confirm"><input type="hidden" name="expectedState" value="proposed"><button type="submit">承諾</button></form>
        <form class="inline" id="decline-{{id}}" data-api="/api/v1/assignments/{{id}}/answer"><p class="form-error" role="alert"></p><input type="hidden" name="action" value="decline"><input type="hidden" name="expectedState" value="proposed"><label for="decline-reason-{{id}}">辞退の理由</label> <input id="decline-reason-{{id}}" name="reason" required> <button type="submit" class="secondary">辞退</button></form>
        <form class="inline" id="substitute-{{id}}" data-api="/api/v1/assignments/{{id}}/answer"><p class="form-error" role="alert"></p><input type="hidden" name="action" value="substitute"><label for="substitute-staff-{{id}}">交代する職員ID</label> <input id="substitute-staff-{{id}}" name="staff" required> <button type="submit" class="secondary">交代</button></form>
        {{/proposed}}
        {{#confirmed}}<form class="inline" id="dispatched-{{id}}" data-api="/api/v1/assignments/{{id}}/answer"><input type="hidden" name="action" value="dispatched"><button type="submit" class="secondary">派遣開始</button></form>{{/confirmed}}
        {{#dispatched}}<form class="inline" id="returned-{{id}}" data-api="/api/v1/assignments/{{id}}/answer"><input type="hidden" name="action" value="returned"><button type="submit" class="secondary">帰任</button></form>{{/dispatched}}
        </td></tr>{{/people}}
        </tbody></table></div>
        {{/hasPeople}}
        {{^hasPeople}}<p>まだ職員は決まっていません。</p>{{/hasPeople}}
        </section>

        <section id="events" data-region="events" aria-labelledby="events-heading">
        <h2 id="events-heading">最新の記録</h2>
        <ul>{{#events}}<li>{{time}} {{actor}} {{subject}} {{text}}</li>{{/events}}</ul>
        </section>
        """
}
