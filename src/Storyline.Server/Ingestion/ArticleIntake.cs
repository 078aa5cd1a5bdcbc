using Storyline.Text;
using System.Security.Cryptography;
using System.Text;
using Storyline.Articles;
using Storyline.Clean;
using Storyline.Ingest;
using Storyline.Problems;
using Storyline.Server.Settings;
using Storyline.Server.Store;

namespace Storyline.Server.Ingestion;

/// <summary>What became of one submitted article: its id (new or already stored), or why it was refused (with the
/// problem's code from <see cref="ProblemCodes"/>).</summary>
public sealed record IntakeItem(int Index, string? Id, bool Created, string? Problem, string? Code = null)
{
    public bool Accepted => Id is not null;
}

/// <summary>
/// The one way in for articles, whatever brought them (a POST, a feed, a watched folder, the demo): each draft is
/// cleaned as <c>digest</c> cleans it, given the id <c>digest</c> gives it, checked for length, and stored with the rest
/// of its batch in one transaction. Returns only after the commit, so an acknowledged article survives any crash; then
/// it wakes the analysis, which takes the stored articles from there.
/// </summary>
public sealed class ArticleIntake(StoryStore store, IngestSignal signal, TrackerOptions options)
{
    private readonly Cleaner _cleaner = Cleaner.Default;

    public async Task<IReadOnlyList<IntakeItem>> AddAsync(IReadOnlyList<ArticleDraft> drafts, CancellationToken cancellationToken = default)
    {
        var items = new IntakeItem?[drafts.Count];
        var toStore = new List<(int Index, NewArticle Article)>();
        for (int i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var id = ArticleIds.For(draft.Metadata.Url, draft.Metadata.Outlet, draft.Body);
            Article article;
            try { article = _cleaner.Clean(draft, id); }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                items[i] = new IntakeItem(i, null, false, "could not be cleaned: " + ex.Message, ProblemCodes.CleanFailed);
                continue;
            }
            int words = WordCount.Of(article.Text);
            if (words < options.MinArticleWords)
            {
                items[i] = new IntakeItem(i, null, false, words == 0
                    ? "no article text left after removing boilerplate"
                    : $"too short to analyse ({words} words of article text after cleaning; at least {options.MinArticleWords})",
                    words == 0 ? ProblemCodes.ArticleEmpty : ProblemCodes.ArticleTooShort);
                continue;
            }
            toStore.Add((i, new NewArticle(id, TextKey(draft.Metadata.Outlet, draft.Body), draft.Source, article.Metadata, article.Text, article.Removed)));
        }
        if (toStore.Count > 0)
        {
            var admissions = await store.AddArticlesAsync(toStore.Select(x => x.Article).ToList(), cancellationToken).ConfigureAwait(false);
            for (int k = 0; k < toStore.Count; k++)
                items[toStore[k].Index] = new IntakeItem(toStore[k].Index, admissions[k].Id, admissions[k].Created, null);
            if (admissions.Any(a => a.Created)) signal.Notify();
        }
        return items.Select(x => x!).ToList();
    }

    /// <summary>The same text from the same outlet is one article, whatever URL it came with (line endings and outer
    /// white space do not count).</summary>
    internal static string TextKey(string? outlet, string body)
    {
        var normalized = body.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes((outlet ?? "").Trim().ToLowerInvariant() + "\n" + normalized));
        return Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
    }
}
