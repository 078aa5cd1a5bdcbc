using System.Collections.Immutable;
using System.Text;
using Storyline.Articles;
using Storyline.Clean.Rules;
using Storyline.Ingest;
using Storyline.Language;
using Storyline.Text;

namespace Storyline.Clean;

/// <summary>
/// Turns a reader's draft into an <see cref="Article"/>: drops boilerplate lines through an ordered
/// chain of <see cref="ILineRule"/>s, recording each removal with its reason, then recognises title,
/// outlet, language and publication date. The article text is the kept lines, one paragraph each,
/// separated by blank lines; an <see cref="OffsetMap"/> leads back to the raw text.
/// </summary>
public sealed class Cleaner
{
    public Cleaner(IEnumerable<ILineRule> rules, LanguagePacks? packs = null)
    {
        Rules = [.. rules];
        Packs = packs ?? LanguagePacks.Default;
    }

    public ImmutableArray<ILineRule> Rules { get; }

    /// <summary>
    /// Where page furniture's words come from: the pack of the document's language, else the first pack's (English).
    /// Pages of every language carry English interface text ("Share", "Newsletter"), and the phrases match whole lines
    /// only, so a line of reporting in another language is never one of them.
    /// </summary>
    public LanguagePacks Packs { get; }

    /// <summary>The rule chain in the order that makes reasons most specific (comment sections and repeats first).</summary>
    public static ImmutableArray<ILineRule> DefaultRules { get; } =
    [
        new CommentSectionRule(),
        new RepeatedLineRule(),
        new SiteHeaderRule(),
        new CounterRule(),
        new InterfaceTextRule(),
        new PromptRule(),
        new ReadMoreRule(),
        new RelatedBlockRule(),
        new PhotoCreditRule(),
        new SiteSuffixCaptionRule(),
        new TeaserHeadlineRule(),
        new BylineRule(),
        new TimestampRule(),
        new ForeignLanguageRule(),
    ];

    public static Cleaner Default { get; } = new(DefaultRules);

    public Article Clean(ArticleDraft draft, string id)
    {
        var body = draft.Body;
        var lines = SplitLines(body);
        var profile = Profile(body, lines, draft.Metadata);
        var words = (Packs.For(profile.Language) ?? Packs.Fallback).Boilerplate;
        var context = new CleaningContext(lines, profile, draft.Metadata, words);
        for (int i = 0; i < lines.Count; i++)
        {
            foreach (var rule in Rules)
            {
                if (rule.Judge(context, i) is { Removed: true } decision)
                {
                    context.Decisions[i] = decision;
                    break;
                }
            }
        }

        var metadata = draft.Metadata;
        bool wrapped = HardWrap.IsHardWrapped(lines);
        int titleLine = FindTitle(context, wrapped, ref metadata);
        metadata = PublicationDateDetector.Detect(metadata, lines, context.Decisions);
        metadata = metadata with
        {
            Outlet = OutletDetector.Detect(metadata, profile, lines, context.Decisions, words),
            Language = metadata.Language ?? profile.Language,
            Author = metadata.Author ?? BylineAuthor(lines, context.Decisions, words.BylineLead),
        };

        var text = new StringBuilder(body.Length);
        int previousKept = -1;
        var segments = ImmutableArray.CreateBuilder<OffsetMap.Segment>();
        var removed = ImmutableArray.CreateBuilder<Removal>();
        removed.AddRange(draft.Removed);
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (context.Decisions[i].Removed)
            {
                removed.Add(new Removal(line.Text, context.Decisions[i].Reason!, line.Span.Start));
                continue;
            }
            if (i == titleLine) continue; // moved to metadata.Title
            // in hard-wrapped text a line that follows the previous kept one directly continues its paragraph
            bool continuation = wrapped && previousKept == i - 1 && !line.AfterBlank;
            if (text.Length > 0) text.Append(continuation ? " " : "\n\n");
            previousKept = i;
            segments.Add(new OffsetMap.Segment(text.Length, line.Span.Start, line.Span.Length));
            text.Append(line.Text);
        }
        return new Article(id, draft.Source, text.ToString(), metadata, removed.ToImmutable(), new OffsetMap(segments.ToImmutable()));
    }

    /// <summary>
    /// The first kept line near the top becomes the title when it is shaped like one (no final period,
    /// or doubled by the page). A title already in metadata makes a matching line a repeat instead.
    /// </summary>
    private static int FindTitle(CleaningContext context, bool wrapped, ref ArticleMetadata metadata)
    {
        var lines = context.Lines;
        int first = -1;
        for (int i = 0; i < lines.Count && i < CleanerSettings.TitleZone; i++)
            if (!context.Decisions[i].Removed) { first = i; break; }
        if (first < 0) return -1;
        var text = lines[first].Text;
        if (metadata.Title is { } declared)
        {
            if (Normalize(declared) == Normalize(text))
            {
                context.Decisions[first] = LineDecision.Remove(RemovalReasons.RepeatedTitle, "title");
            }
            return -1;
        }
        bool doubled = context.Decisions.Select((d, i) => (d, i)).Any(x => x.d.Reason == RemovalReasons.RepeatedTitle && lines[x.i].Text == text);
        bool isLast = context.Decisions.Skip(first + 1).All(d => d.Removed);
        if (isLast) return -1; // a one-paragraph article has no title line to spare
        // a line that runs on into the next one is the start of a paragraph, not a title
        if (first + 1 < lines.Count && !lines[first + 1].AfterBlank && (wrapped || char.IsLower(lines[first + 1].Text[0])))
            return -1;
        if (doubled || HeadlineShape.CouldBeTitle(text))
        {
            metadata = metadata with { Title = text };
            return first;
        }
        return -1;
    }

    /// <summary>The name in a "By Ana Ruiz" byline, if the cleaner removed one.</summary>
    private static string? BylineAuthor(IReadOnlyList<SourceLine> lines, LineDecision[] decisions, string lead)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            if (decisions[i].Reason != RemovalReasons.Byline) continue;
            var text = lines[i].Text;
            if (!text.StartsWith(lead, StringComparison.OrdinalIgnoreCase)) continue;
            var name = text[lead.Length..];
            int cut = name.IndexOfAny([',', '|', '·']);
            return (cut > 0 ? name[..cut] : name).Trim();
        }
        return null;
    }

    private static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim().ToLowerInvariant();

    internal static List<SourceLine> SplitLines(string body)
    {
        var lines = new List<SourceLine>();
        int i = 0;
        bool afterBlank = true;
        while (i <= body.Length)
        {
            int end = body.IndexOf('\n', i);
            if (end < 0) end = body.Length;
            int s = i, e = end;
            while (s < e && char.IsWhiteSpace(body[s])) s++;
            while (e > s && char.IsWhiteSpace(body[e - 1])) e--;
            if (e > s)
            {
                lines.Add(new SourceLine(lines.Count, TextSpan.FromBounds(s, e), body[s..e]) { AfterBlank = afterBlank });
                afterBlank = false;
            }
            else afterBlank = true;
            i = end + 1;
        }
        return lines;
    }

    private static DocumentProfile Profile(string body, List<SourceLine> lines, ArticleMetadata metadata)
    {
        var script = Scripts.Dominant(body);
        var language = metadata.Language ?? LanguageDetector.Detect(body);
        var names = new List<string>();
        for (int i = 0; i < lines.Count && i < 5; i++)
        {
            var m = PageShapes.SiteHeaderLine().Match(lines[i].Text);
            if (m.Success) names.Add(m.Groups["name"].Value);
        }
        var suffixes = lines
            .Select(l => PageShapes.SourceSuffix().Match(l.Text))
            .Where(m => m.Success)
            .GroupBy(m => m.Groups["name"].Value, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() >= CleanerSettings.MinSuffixRepeats)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key);
        foreach (var s in suffixes)
            if (!names.Contains(s, StringComparer.OrdinalIgnoreCase)) names.Add(s);
        if (metadata.Outlet is { } outlet && !names.Contains(outlet, StringComparer.OrdinalIgnoreCase) && names.Count > 0)
            names.Add(outlet);
        return new DocumentProfile(script, language, [.. names]);
    }
}
