namespace Storyline.Server.Web;

/// <summary>
/// The one stylesheet (served at /assets/site.css, so the pages' CSP needs no inline style). Mobile first: one column
/// that never exceeds the screen — long words and URLs wrap, chips wrap, wide tables scroll inside their own box.
/// </summary>
public static class SiteStyle
{
    public const string Css = """
        :root { --fg: #1d232a; --muted: #5b6570; --line: #d9dee3; --bg: #fff; --soft: #f4f6f8; --accent: #0b5cad;
                --agreed: #1f7a3f; --single: #8a6100; --contested: #b3261e; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg);
               overflow-wrap: anywhere; }
        a { color: var(--accent); }
        header.site { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; padding: .6rem 1rem; border-bottom: 1px solid var(--line); background: var(--soft); }
        header.site .brand { font-weight: 700; text-decoration: none; color: var(--fg); }
        header.site nav { display: flex; gap: .8rem; flex-wrap: wrap; }
        header.site nav a[aria-current] { font-weight: 600; text-decoration: none; color: var(--fg); }
        form.search { display: flex; gap: .4rem; flex: 1 1 16rem; min-width: 0; }
        form.search input { flex: 1; min-width: 0; padding: .35rem .5rem; font: inherit; border: 1px solid var(--line); border-radius: 4px; }
        form.search button { font: inherit; padding: .35rem .7rem; }
        .hidden { position: absolute; left: -9999px; }
        main { max-width: 62rem; margin: 0 auto; padding: 1rem; }
        footer.site { max-width: 62rem; margin: 2rem auto; padding: 0 1rem; color: var(--muted); font-size: .85rem; }
        h1 { font-size: 1.5rem; line-height: 1.25; margin: .2rem 0 .6rem; }
        h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
        .muted { color: var(--muted); font-size: .9rem; }
        .chips { display: flex; flex-wrap: wrap; gap: .3rem; margin: .3rem 0; padding: 0; list-style: none; }
        .chip { display: inline-block; padding: .05rem .5rem; border: 1px solid var(--line); border-radius: 999px; font-size: .85rem; background: var(--soft); color: var(--fg); text-decoration: none; }
        ol.stories { list-style: none; padding: 0; margin: 0; }
        ol.stories > li { padding: .8rem 0; border-bottom: 1px solid var(--line); }
        ol.stories h2 { border: 0; margin: 0; padding: 0; font-size: 1.1rem; }
        ol.stories h2 a { color: var(--fg); text-decoration: none; }
        ol.stories h2 a:hover { text-decoration: underline; }
        .keyfact { margin: .3rem 0; }
        .badge { display: inline-block; padding: 0 .4rem; border-radius: 3px; font-size: .8rem; font-weight: 600; color: #fff; }
        .badge.agreed { background: var(--agreed); } .badge.single-source { background: var(--single); } .badge.contested { background: var(--contested); }
        details { border: 1px solid var(--line); border-radius: 6px; margin: .5rem 0; padding: .2rem .8rem; }
        details > summary { cursor: pointer; font-weight: 600; padding: .3rem 0; }
        ul.facts { list-style: none; padding: 0; margin: 0 0 .5rem; }
        ul.facts > li { padding: .4rem 0; border-top: 1px solid var(--soft); }
        .only { font-size: .85rem; color: var(--single); }
        .conflict { color: var(--contested); font-size: .9rem; }
        /* a conflict's two accounts side by side, one above the other on a phone */
        .sides { display: grid; grid-template-columns: minmax(0, 1fr) auto minmax(0, 1fr); gap: .6rem; align-items: start; }
        .sides .vs { align-self: center; font-weight: 600; color: var(--contested); font-size: .85rem; }
        @media (max-width: 40rem) { .sides { grid-template-columns: minmax(0, 1fr); } }
        ol.keyfacts { padding-left: 1.4rem; } ol.keyfacts > li { margin: .3rem 0; overflow-wrap: anywhere; }
        details.outlet h3 { font-size: .95rem; margin: .5rem 0 .2rem; }
        sup.cite { font-size: .75rem; margin-left: .15rem; }
        sup.cite a { text-decoration: none; }
        .scroll { overflow-x: auto; max-width: 100%; -webkit-overflow-scrolling: touch; border: 1px solid var(--line); border-radius: 6px; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        .scroll table { min-width: 36rem; }
        /* a phone reads the figure and label tables whole: columns share the width and long values wrap */
        @media (max-width: 40rem) { .scroll table { min-width: 0; } th, td { padding: .3rem .35rem; } }
        th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
        th { background: var(--soft); }
        ol.timeline { padding-left: 1.2rem; }
        ol.timeline time { font-weight: 600; margin-right: .4rem; }
        blockquote { margin: .4rem 0; padding-left: .8rem; border-left: 3px solid var(--line); }
        .article-text p { margin: 0 0 .8rem; }
        mark { background: #ffe066; padding: 0 .1rem; }
        mark#cite { outline: 2px solid #e0a800; }
        .back { display: inline-block; margin: .4rem 0 .8rem; font-weight: 600; }
        .changes { background: var(--soft); border-radius: 6px; padding: .5rem .8rem; }
        .pager { display: flex; gap: 1rem; margin: 1rem 0; }
        ul.results { list-style: none; padding: 0; }
        ul.results > li { padding: .6rem 0; border-bottom: 1px solid var(--line); }
        dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; margin: .5rem 0 1rem; font-size: .9rem; }
        dl.meta dt { color: var(--muted); }
        dl.meta dd { margin: 0; min-width: 0; }
        .health-ok { color: var(--agreed); } .health-failing { color: var(--single); } .health-down { color: var(--contested); }
        """;
}
