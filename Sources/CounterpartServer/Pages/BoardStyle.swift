/// The board's style sheet: readable on a phone of 360 px and a headquarters screen, tap
/// targets of at least 44 px, contrast AA (dark text on white, white on dark blue), states in
/// words and colour, and A4 printing (header repeated on each page, phone numbers unbroken).
enum BoardStyle {
    static let css = """
        :root { --ink: #1a1a1a; --muted: #4a4a4a; --line: #c8c8c8; --accent: #0b4f8a; --short: #a4161a;
          --short-bg: #fde8e8; --ok: #1b5e20; --ok-bg: #e6f4ea; --warn-bg: #fff4d6; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif;
          color: var(--ink); background: #fff; line-height: 1.6; font-size: 16px; }
        a { color: var(--accent); }
        .skip { position: absolute; left: -999px; }
        .skip:focus { left: 8px; top: 8px; background: #fff; padding: 8px; z-index: 2; }
        header.top { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; padding: 8px 12px;
          background: var(--accent); color: #fff; }
        header.top a { color: #fff; }
        header.top nav a { display: inline-block; min-height: 44px; padding: 10px 8px; }
        .brand { margin: 0; font-weight: bold; }
        .brand a { text-decoration: none; }
        .signout { margin-left: auto; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
        main { padding: 12px; max-width: 1200px; margin: 0 auto; }
        h1 { font-size: 1.5rem; margin: 8px 0; }
        h2 { font-size: 1.2rem; margin: 24px 0 8px; border-bottom: 2px solid var(--accent); }
        table { border-collapse: collapse; width: 100%; margin: 8px 0; }
        th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
        th { background: #eef3f8; }
        .scroll { overflow-x: auto; }
        .num { text-align: right; }
        .tel { white-space: nowrap; }
        .state-short { background: var(--short-bg); color: var(--short); font-weight: bold; }
        .state-filled { background: var(--ok-bg); color: var(--ok); }
        .badge { display: inline-block; padding: 0 6px; border: 1px solid currentColor; border-radius: 4px; font-size: .9rem; }
        .drill { background: var(--warn-bg); color: #5c4300; }
        button, .button { display: inline-block; min-height: 44px; min-width: 44px; padding: 8px 14px; font-size: 1rem;
          border: 1px solid var(--accent); border-radius: 6px; background: var(--accent); color: #fff; cursor: pointer; }
        button.secondary { background: #fff; color: var(--accent); }
        button:focus-visible, a:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible {
          outline: 3px solid #f0a500; outline-offset: 2px; }
        form.stack { display: grid; gap: 8px; max-width: 560px; margin: 8px 0 16px; }
        form.inline { display: inline-flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 2px 0; }
        label { font-weight: bold; }
        input, select, textarea { min-height: 44px; font-size: 1rem; padding: 6px 8px; border: 1px solid #767676;
          border-radius: 4px; max-width: 100%; }
        .field-error, .form-error { color: var(--short); font-weight: bold; margin: 2px 0; }
        [aria-invalid="true"] { border: 2px solid var(--short); }
        .updated { margin: 0; padding: 0 12px; min-height: 1.6em; color: var(--ok); font-weight: bold; }
        .note { color: var(--muted); }
        .cards { list-style: none; padding: 0; display: grid; gap: 8px; }
        .cards li { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; }
        footer.print-date { display: none; }
        @media (max-width: 600px) {
          main { padding: 8px; }
          th, td { padding: 4px; font-size: .95rem; }
          .signout { margin-left: 0; }
        }
        @media print {
          @page { size: A4; margin: 12mm; }
          header.top nav, .signout, form, .updated, .skip, button { display: none !important; }
          header.top { background: #fff; color: #000; border-bottom: 2px solid #000; }
          header.top a { color: #000; }
          body { font-size: 10.5pt; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; }
          .scroll { overflow: visible; }
          footer.print-date { display: block; margin: 8px 12px; }
          .state-short { border: 2px solid #000; }
        }
        """
}
