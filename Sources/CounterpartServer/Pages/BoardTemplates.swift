import Mustache

/// The board's Mustache templates: `{{value}}` is HTML-escaped, `{{{content}}}` only for the
/// page's own rendered content inside the layout.
enum BoardTemplates {
    /// Every template, by name; partials by the same names.
    static let library: MustacheLibrary = {
        var templates: [String: MustacheTemplate] = [:]
        for (name, text) in texts {
            // The texts are the program's own; a broken one is a programming error caught by
            // the tests, and renders nothing rather than stopping the server.
            if let template = try? MustacheTemplate(string: text) { templates[name] = template }
        }
        return MustacheLibrary(templates: templates)
    }()

    static let texts: [String: String] = [
        "layout": layout, "refusal": refusal, "login": login, "enrol": enrol, "home": BoardHomeTemplates.home,
        "incident": BoardIncidentTemplates.incident, "notices": BoardNoticeTemplates.notices,
        "notice": BoardNoticeTemplates.notice, "followup": BoardNoticeTemplates.followup,
        "sitrep": BoardPrintTemplates.sitrep, "contacts": BoardPrintTemplates.contacts,
    ]

    static let layout = """
        <!doctype html>
        <html lang="ja">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} — カウンターパート ホットライン</title>
        <link rel="stylesheet" href="/assets/board.css">
        {{#csrf}}<meta name="csrf-token" content="{{csrf}}">{{/csrf}}
        <script src="/assets/board.js" defer></script>
        </head>
        <body{{#live}} data-live="{{live}}"{{/live}}>
        <a class="skip" href="#main">本文へ移動</a>
        <header class="top">
        <p class="brand"><a href="/">カウンターパート ホットライン</a></p>
        {{#me}}
        <nav aria-label="メニュー"><a href="/">ホーム</a> <a href="/notices">掲示板</a>{{#hq}} <a href="/followup">未読の確認</a>{{/hq}} <a href="/roster/contacts">連絡網</a></nav>
        <form class="signout" id="signout" data-api="/api/v1/session" data-method="DELETE" data-next="/login">
        <span>{{name}}（{{municipality}}・{{role}}）</span> <button type="submit" class="secondary">ログアウト</button>
        </form>
        {{/me}}
        </header>
        <p id="updated" class="updated" role="status" aria-live="polite"></p>
        <main id="main">
        {{{content}}}
        </main>
        <footer class="print-date">印刷日時 {{printedAt}}</footer>
        </body>
        </html>
        """

    static let refusal = """
        <h1>{{title}}</h1>
        <p class="form-error" role="alert">{{message}}</p>
        <p><a href="/">ホームへ戻る</a></p>
        """

    static let login = """
        <h1>{{title}}</h1>
        <form class="stack" id="login" data-api="/api/v1/session" data-next="/" data-signin="1">
        <p class="form-error" role="alert"></p>
        <label for="login-member">メンバーID（例: m-382035-1、hq-1）</label>
        <input id="login-member" name="member" autocomplete="username" required>
        <label for="login-password">パスワード</label>
        <input id="login-password" name="password" type="password" autocomplete="current-password" required>
        <button type="submit">ログイン</button>
        </form>
        <p>はじめての方は、県本部から受け取った招待コードで <a href="/enrol">パスワードを設定</a> してください。</p>
        """

    static let enrol = """
        <h1>{{title}}</h1>
        <p>県本部から受け取った招待コードと、新しいパスワード（12文字以上）を入力してください。</p>
        <form class="stack" id="enrol" data-api="/api/v1/enrol" data-next="/login" data-signin="1">
        <p class="form-error" role="alert"></p>
        <label for="enrol-member">メンバーID</label>
        <input id="enrol-member" name="member" autocomplete="username" required>
        <label for="enrol-code">招待コード（例: DDA3Y-WNH5R）</label>
        <input id="enrol-code" name="code" autocomplete="one-time-code" required>
        <label for="enrol-password">新しいパスワード（12文字以上）</label>
        <input id="enrol-password" name="password" type="password" autocomplete="new-password" minlength="12" required>
        <button type="submit">パスワードを設定する</button>
        </form>
        """
}
