namespace Storyline.Tests.Ingest.Html;

/// <summary>Small hand-written pages (our own sentences) shaped like real news pages.</summary>
internal static class TestPages
{
    public const string P1 = "The harbour authority voted on Tuesday to close the old ferry pier, ending a crossing that has run since the town was founded.";
    public const string P2 = "Council members said repairs would cost more than building a new landing, and that the ferry company had already moved two boats north.";
    public const string P3 = "Residents who rely on the morning crossing, many of them nurses and teachers, packed the hall and asked for a temporary shuttle instead.";
    public const string P4 = "A final decision on the shuttle is expected next month, after the regional transport office reviews the budget and the tide tables.";

    /// <summary>An article wrapped in the usual furniture; <paramref name="inside"/> is placed in the article body.</summary>
    public static string Article(string inside = "", string head = "", string around = "") => $$"""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head><meta charset="utf-8"><title>Ferry pier to close | Harbour Gazette</title>{{head}}</head>
        <body>
          <header class="site-header"><a href="/">Harbour Gazette</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
          <div id="cookie-consent">We use cookies to improve your experience. By continuing you accept our cookie policy and all of its terms.</div>
          <main>
            <article>
              <h1>Ferry pier to close after 140 years</h1>
              <div class="article-body">
                <p>{{P1}}</p>
                <p>{{P2}}</p>
                {{inside}}
                <p>{{P3}}</p>
                <p>{{P4}}</p>
              </div>
            </article>
            {{around}}
          </main>
          <footer class="site-footer"><p>Copyright Harbour Gazette. Contact the newsroom, advertise with us, read our privacy notice and terms of use today.</p></footer>
        </body>
        </html>
        """;
}
