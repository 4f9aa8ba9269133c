/// The Mustache templates of the pages. Kept in code (no resource files to lose in deployment); the stylesheet is
/// inline and prints well (the auditor's report page is meant for paper).
enum PageTemplates {
    static let all: [String: String] = [
        "layout": layout, "report": report, "dashboard": dashboard, "print": printPage, "file": file, "search": search, "error": error,
        "review": review, "reviewDocument": reviewDocument,
    ]

    static let layout = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{{title}}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <style>
        body{font-family:sans-serif;margin:0;color:#1d1d1d;background:#fafaf7}
        header{background:#24453a;color:#fff;padding:.6em 1.2em;display:flex;gap:1.5em;align-items:baseline;flex-wrap:wrap}
        header a{color:#fff}header .who{margin-left:auto;font-size:.9em}
        main{padding:1em 1.2em;max-width:1100px}
        h1{font-size:1.4em}h2{font-size:1.2em;border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.6em}h3{font-size:1em}
        dl.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:.6em}
        dl.figures div{background:#fff;border:1px solid #ddd;padding:.5em .7em}dt{font-size:.8em;color:#555}dd{margin:0;font-size:1.4em;font-weight:bold}
        table{border-collapse:collapse;font-size:.85em;background:#fff;margin:.4em 0}th,td{border:1px solid #ddd;padding:.25em .5em;text-align:left;vertical-align:top}
        .pages{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:.8em;align-items:start}
        .pages img{max-width:100%;border:1px solid #ccc;background:#fff}
        form.decide{background:#fff;border:1px solid #ddd;padding:.6em .8em;margin:1em 0}form.decide label{margin-right:1em}
        .flash{background:#e5f1e8;border:1px solid #9cc5a7;padding:.4em .7em}
        th{background:#eef2ef}.restricted{color:#8a2b25;font-style:italic}.note{color:#555;font-size:.85em}
        pre{white-space:pre-wrap;background:#fff;border:1px solid #ddd;padding:.5em;font-size:.85em}
        .charts svg{max-width:100%;height:auto;background:#fff;border:1px solid #ddd;margin:.3em .3em .3em 0}
        @media print{header nav,.links,form{display:none}body{background:#fff}section{page-break-inside:avoid}}
        </style></head>
        <body><header><strong>digitise</strong><nav><a href="/">Dashboard</a> · <a href="/search">Search</a> · <a href="/print">Auditor's report</a>{{#user}}{{#isOperator}} · <a href="/review">Review</a>{{/isOperator}}{{/user}}</nav>
        {{#user}}<span class="who">{{name}} ({{role}})</span>{{/user}}</header>
        <main>{{{body}}}</main></body></html>
        """

    static let report = """
        <section class="report" id="report-{{kind}}">
        <h2>{{title}}</h2>
        <p class="note">Covers {{filter}}; generated {{generated}}.{{#links}} <span class="links"><a href="/reports/{{kind}}">page</a> ·
        <a href="/reports/{{kind}}.json">JSON</a> · <a href="/reports/{{kind}}.csv">CSV</a></span>{{/links}}</p>
        <dl class="figures">{{#figures}}<div><dt>{{label}}</dt><dd id="{{id}}">{{value}}</dd></div>{{/figures}}</dl>
        <div class="charts">{{#charts}}{{{.}}}{{/charts}}</div>
        {{#tables}}<h3>{{title}}</h3>{{#empty}}<p class="note">None.</p>{{/empty}}{{^empty}}<table data-table="{{name}}"><thead><tr>{{#columns}}<th>{{.}}</th>{{/columns}}</tr></thead>
        <tbody>{{#rows}}<tr>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>{{/rows}}</tbody></table><p class="note">{{more}}</p>{{/empty}}{{/tables}}
        </section>
        """

    static let dashboard = """
        <h1>Archive dashboard</h1>
        <p class="note">How far we are, what failed and why, what awaits review. Reports:
        {{#kinds}}<a href="/reports/{{.}}">{{.}}</a> {{/kinds}}</p>
        {{#sections}}{{{body}}}{{/sections}}
        """

    static let printPage = """
        <h1>Auditor's report</h1>
        <p class="note">Prepared for {{who}} on {{generated}}. Counts and metadata only: no document text, no identifiers.</p>
        {{#sections}}{{{body}}}{{/sections}}
        """

    static let file = """
        <h1>Personal file {{file}}</h1>
        {{#holdsAsylum}}<p class="restricted">This file holds asylum documentation (restricted).</p>{{/holdsAsylum}}
        {{#restricted}}<p class="restricted">{{restricted}}</p>{{/restricted}}
        {{#documents}}<section><h2>{{name}} <span class="note">v{{version}} · {{status}} · {{class}} {{probability}} {{kind}}{{#review}} · in review{{/review}}</span></h2>
        {{#hasIdentifiers}}<p>Identifiers: {{#identifiers}}<code>{{.}}</code> {{/identifiers}}</p>{{/hasIdentifiers}}
        {{#pages}}<h3>Page {{number}} <span class="note">{{status}} {{error}}</span></h3>
        <pre>{{text}}</pre>{{/pages}}
        </section>{{/documents}}
        """

    static let search = """
        <h1>Search</h1>
        <form method="get" action="/search"><input name="q" value="{{query}}" size="40"> <button>Search</button></form>
        {{#none}}<p>No page matches.</p>{{/none}}
        {{#hasHits}}<table><thead><tr><th>file</th><th>document</th><th>page</th><th>class</th><th>text</th></tr></thead><tbody>
        {{#hits}}<tr><td><a href="/files/{{file}}">{{file}}</a></td><td>{{document}}</td><td>{{page}}</td><td>{{class}}</td>
        <td>{{snippet}}</td></tr>{{/hits}}
        </tbody></table>{{/hasHits}}
        """

    static let review = """
        <h1>Review queue</h1>
        {{#flash}}<p class="flash" id="flash">{{flash}}</p>{{/flash}}
        <p class="note">Documents the model could not decide, oldest first. A decision is kept with your name, the time and
        the model's view, and stands while the document's text is unchanged.</p>
        {{#none}}<p id="queue-empty">The review queue is empty.</p>{{/none}}
        {{^none}}<table data-table="queue"><thead><tr><th>file</th><th>document</th><th>since</th><th>model</th><th>why</th></tr></thead><tbody>
        {{#items}}<tr><td>{{file}}</td><td><a href="{{link}}">{{document}}</a></td><td>{{since}}</td><td>{{model}}</td><td>{{reason}}</td></tr>{{/items}}
        </tbody></table>{{/none}}
        """

    static let reviewDocument = """
        <h1>{{file}} · {{document}} <span class="note">v{{version}}</span></h1>
        <p>Now: <strong id="current-class">{{current}}</strong>{{#decidedBy}} · decided by {{decidedBy}}{{/decidedBy}}{{#review}} · <em>waiting for review</em>{{/review}}</p>
        {{#reason}}<p>Why it waits: {{reason}}</p>{{/reason}}
        {{#explanation}}<h2>The model's explanation <span class="note">{{model}}</span></h2>
        <table><thead><tr><th>feature or rule</th><th>weight (+ asylum, − personal-file)</th></tr></thead><tbody>
        {{#contributions}}<tr><td>{{name}}</td><td>{{weight}}</td></tr>{{/contributions}}</tbody></table>{{/explanation}}
        <form class="decide" method="post" action="{{action}}">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <strong>Decide:</strong>
        <label><input type="radio" name="class" value="asylum" required> asylum</label>
        <label><input type="radio" name="class" value="personal-file"> personal-file</label>
        <label>kind <select name="kind"><option value="">(keep the model's)</option>{{#kinds}}<option>{{.}}</option>{{/kinds}}</select></label>
        <label>note <input name="note" size="40" maxlength="2000"></label>
        <button type="submit" id="decide">Record the decision</button>
        </form>
        <div class="pages">{{#pages}}<figure><img src="{{image}}" alt="page {{number}}" loading="lazy" width="{{width}}">
        <figcaption>page {{number}} · {{status}}</figcaption></figure><pre>{{text}}</pre>{{/pages}}</div>
        """

    static let error = """
        <h1>{{status}}</h1><p>{{message}}</p>
        """
}
