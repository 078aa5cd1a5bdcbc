using System.Collections.Frozen;
using System.Collections.Immutable;
using Storyline.Annotate.Quotes;
using Storyline.Articles;
using Storyline.Compare.Facts.Claims;
using Storyline.Compare.Framing;
using Storyline.Language;
using Storyline.Stages;
using Storyline.Stories;
using Storyline.Text;

namespace Storyline.Compare.Opinion;

/// <summary>
/// Tells each article's kind (news, opinion, analysis) and finds the sentences it writes in loaded language in its own
/// voice. The kind comes from the source's own filing (section, genre, keywords, URL path, a headline that names its
/// genre), which decides alone, or else from two or more signs of argument: an evaluative headline, first-person or
/// second-person argument, loaded sentences, evaluative words. Quoted words are never the outlet's: a report that quotes
/// someone's opinion stays news, and a loaded word inside a quotation or inside reported speech ("X accused Y of a coup")
/// loads nothing; a loaded label of an actor is the outlet's choice even inside reported speech (quote marks aside).
/// </summary>
public sealed class OpinionStage(Lazy<LoadedLanguageModel?> model, LanguagePacks? packs = null) : IStoryStage
{
    private readonly LanguagePacks _packs = packs ?? LanguagePacks.Default;

    /// <summary>Loaded sentences, as a share of the article's sentences, that make loaded language a sign of argument.</summary>
    public const double LoadedShare = 0.25;

    /// <summary>
    /// The word score a loaded word in the outlet's voice needs. The model's own word threshold was chosen for word F1 on
    /// BABE, where recall counts as much as precision; a sentence kept out of the narration for one word needs a surer word
    /// (on the sample story the model's threshold flags "metre" and "engineer", which score 0.35 and 0.74).
    /// </summary>
    public const double OwnWordScore = 0.8;

    /// <summary>Weak cues that together make a piece opinion.</summary>
    public const int WeakCuesNeeded = 2;

    public string Name => "opinion";
    public IReadOnlyList<Feature> Requires => [Sentence.Layer, Quote.Layer, FramingRow.Section];
    public IReadOnlyList<Feature> Provides => [ArticleVoice.Section];
    public LanguageSet Languages => LanguageSet.Of("en");

    public StoryDocument Process(StoryDocument story)
    {
        // the framing table's loaded labels in the outlet's voice, per article: the one decider of "is this label loaded"
        var labels = new Dictionary<string, List<(Citation Citation, string Label)>>(StringComparer.Ordinal);
        foreach (var row in story.Get(FramingRow.Section))
            foreach (var label in row.Labels.Where(l => l.Loaded && !l.InQuote))
                foreach (var c in label.Citations)
                {
                    if (!labels.TryGetValue(c.ArticleId, out var list)) labels[c.ArticleId] = list = [];
                    list.Add((c, label.Label));
                }
        var voices = story.Story.Articles
            .Select(a => Read(a, labels.GetValueOrDefault(a.Id) ?? [], _packs.Of(a), model.Value))
            .ToImmutableArray();
        return story.With(ArticleVoice.Section, voices);
    }

    /// <summary>The kind and loaded sentences of one article.</summary>
    /// <param name="labels">Loaded labels the framing table found in the article, outside quotation marks.</param>
    public static ArticleVoice Read(Article article, IReadOnlyList<(Citation Citation, string Label)> labels, LanguagePack language, LoadedLanguageModel? model)
    {
        var text = article.Text;
        var vocabulary = language.Opinion;
        var sentences = article.GetOrEmpty(Sentence.Layer);
        var quotes = QuoteSpans.Of(article.GetOrEmpty(Quote.Layer));
        // each label under the one sentence that holds it, in the order given
        var sentenceOf = new SentenceLookup(sentences);
        var labelsBySentence = new Dictionary<int, List<(Citation Citation, string Label)>>();
        foreach (var l in labels)
        {
            var holder = sentenceOf.Containing(l.Citation.Span);
            if (holder.Span.IsEmpty || !holder.Span.Contains(l.Citation.Span)) continue;
            if (!labelsBySentence.TryGetValue(holder.Span.Start, out var list)) labelsBySentence[holder.Span.Start] = list = [];
            list.Add(l);
        }

        var loaded = ImmutableArray.CreateBuilder<LoadedSentence>();
        var firstPerson = new List<Citation>();
        var secondPerson = new List<Citation>();
        var evaluative = new List<Citation>();
        var evaluativeWords = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sentence in sentences)
        {
            var span = sentence.Span;
            var marked = quotes.Overlapping(span, direct: true).Concat(ClaimExtractor.QuotedRanges(text, span)).ToList();
            var reported = quotes.Overlapping(span, direct: false);
            bool Quoted(TextSpan s) => marked.Any(m => m.Overlaps(s));
            var citation = new Citation(article.Id, span);

            var words = LoadedLanguageModel.Tokenize(text.Substring(span.Start, span.Length))
                .Select(w => (Span: new TextSpan(span.Start + w.Start, w.Length), Text: text.Substring(span.Start + w.Start, w.Length)))
                .ToList();
            // reported speech, and whatever follows a verb of saying or accusing that has a subject before it
            int charge = ChargeStart([.. words.Select(w => w.Text)], language);
            bool Reported(int i) => reported.Any(r => r.Contains(words[i].Span)) || (charge >= 0 && i > charge);
            var own = OwnText(text, span, marked);
            if (vocabulary.FirstPersonArgument.IsMatch(own)) firstPerson.Add(citation);
            if (words.Any(w => !Quoted(w.Span) && vocabulary.SecondPerson.Contains(w.Text))) secondPerson.Add(citation);
            var judged = words.Where(w => !Quoted(w.Span) && vocabulary.EvaluativeWords.Contains(w.Text)).Select(w => w.Text).ToList();
            if (judged.Count > 0) { evaluative.Add(citation); evaluativeWords.UnionWith(judged); }

            var sentenceLabels = labelsBySentence.GetValueOrDefault(span.Start, []).Where(l => !Quoted(l.Citation.Span)).Select(l => l.Label).Distinct().ToImmutableArray();
            if (sentenceLabels.Length > 0)
            {
                loaded.Add(new LoadedSentence(citation, "label", sentenceLabels));
                continue;
            }
            if (model is null || words.Count == 0) continue;
            var wordTexts = words.Select(w => w.Text).ToList();
            var scores = model.ScoreWords(wordTexts, language.Framing, language.FunctionWords);
            var ownIndexes = OwnLoadedWords(model, wordTexts, scores, model.ScoreSentence(wordTexts, scores, language.Framing, language.FunctionWords),
                i => Quoted(words[i].Span) || Reported(i));
            var ownLoaded = ownIndexes.Select(i => words[i].Text).Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
            if (ownLoaded.Length > 0) loaded.Add(new LoadedSentence(citation, "model", ownLoaded));
        }

        var strong = StrongCues(article, vocabulary);
        if (strong.Count > 0)
        {
            var kind = strong[0].Kind;
            return new ArticleVoice(article.Id, kind, [.. strong.Where(c => c.Kind == kind).Select(c => c.Cue)], loaded.ToImmutable());
        }
        var weak = new List<KindCue>();
        if (HeadlineCue(article.Metadata.Title, vocabulary) is { } headline) weak.Add(headline);
        if (firstPerson.Count > 0) weak.Add(new KindCue("body", "first-person argument", false, [.. firstPerson]));
        if (secondPerson.Count >= 2) weak.Add(new KindCue("body", "the reader addressed", false, [.. secondPerson]));
        if (loaded.Count >= 2 && loaded.Count >= LoadedShare * sentences.Length)
            weak.Add(new KindCue("body", $"{loaded.Count} of {sentences.Length} sentences in loaded language", false, [.. loaded.Select(l => l.Sentence)]));
        if (evaluativeWords.Count >= 2)
            weak.Add(new KindCue("body", "evaluative words: " + string.Join(", ", evaluativeWords.Select(w => w.ToLowerInvariant())), false, [.. evaluative]));
        return weak.Count >= WeakCuesNeeded
            ? new ArticleVoice(article.Id, ArticleKind.Opinion, [.. weak], loaded.ToImmutable())
            : new ArticleVoice(article.Id, ArticleKind.News, [], loaded.ToImmutable());
    }

    /// <summary>
    /// The words that make a sentence loaded in the outlet's voice: none unless the model flags the sentence; else each
    /// word that scores at least <see cref="OwnWordScore"/> (and the model's word threshold), is not capitalised (names
    /// are who a sentence is about, never how it judges them: the word model, trained on few names, scores them high) and
    /// is not someone else's (<paramref name="othersWords"/>: quoted, reported, or after a verb of saying or accusing).
    /// </summary>
    public static ImmutableArray<int> OwnLoadedWords(LoadedLanguageModel model, IReadOnlyList<string> words, IReadOnlyList<double> scores,
        double sentenceScore, Func<int, bool> othersWords)
    {
        if (sentenceScore < model.SentenceThreshold) return [];
        var own = ImmutableArray.CreateBuilder<int>();
        for (int i = 0; i < words.Count; i++)
            if (scores[i] >= Math.Max(model.WordThreshold, OwnWordScore) && !char.IsUpper(words[i][0]) && !othersWords(i)) own.Add(i);
        return own.ToImmutable();
    }

    /// <summary>The index of the first verb of saying or accusing after the sentence's first word (what follows it is the
    /// subject's charge, not the outlet's); -1 if none.</summary>
    public static int ChargeStart(IReadOnlyList<string> words, LanguagePack language)
    {
        for (int i = 1; i < words.Count; i++)
            if (language.Quotes.ReportCues.Contains(words[i]) || language.Opinion.AccusationVerbs.Contains(words[i]))
                return i;
        return -1;
    }

    /// <summary>The sentence with quoted stretches blanked out, so patterns see only the outlet's words.</summary>
    private static string OwnText(string text, TextSpan span, List<TextSpan> quoted)
    {
        var chars = text.ToCharArray(span.Start, span.Length);
        foreach (var q in quoted)
            for (int i = Math.Max(q.Start, span.Start); i < Math.Min(q.End, span.End); i++) chars[i - span.Start] = ' ';
        return new string(chars);
    }

    /// <summary>The source's own filing of the piece: section, genre, keywords, URL path, a genre-naming headline.</summary>
    private static List<(ArticleKind Kind, KindCue Cue)> StrongCues(Article article, OpinionVocabulary vocabulary)
    {
        var cues = new List<(ArticleKind, KindCue)>();
        var m = article.Metadata;
        foreach (var (field, value) in new[] { ("section", m.Section), ("genre", m.Genre) })
            if (value is not null && LabelKind(Words(value), vocabulary) is { } kind)
                cues.Add((kind, new KindCue("metadata", $"{field}: {value}", true, [])));
        // a keyword counts whole: the tag "Opinion", not "review" inside "spending review"
        if (m.Keywords is not null)
            foreach (var keyword in m.Keywords.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                if (LabelKind([keyword.ToLowerInvariant()], vocabulary) is { } kind)
                {
                    cues.Add((kind, new KindCue("metadata", $"keyword: {keyword}", true, [])));
                    break;
                }
        if (UrlPath(m.Url ?? article.Source) is { } path)
            // a whole path segment: "/opinion/…", never a slug that happens to contain the word
            foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
                if (LabelKind([segment.ToLowerInvariant()], vocabulary) is { } kind)
                {
                    cues.Add((kind, new KindCue("url", $"URL path /{segment}/", true, [])));
                    break;
                }
        if (m.Title is { } title && vocabulary.HeadlineLabel.Match(title) is { Success: true } label
            && LabelKind([label.Groups["label"].Value.ToLowerInvariant()], vocabulary) is { } headlineKind)
            cues.Add((headlineKind, new KindCue("headline", $"headline names its genre: {label.Groups["label"].Value}", true, [])));
        return cues;
    }

    private static ArticleKind? LabelKind(IEnumerable<string> words, OpinionVocabulary vocabulary)
    {
        var list = words.ToList();
        if (list.Any(vocabulary.AnalysisLabels.Contains)) return ArticleKind.Analysis;
        if (list.Any(vocabulary.OpinionLabels.Contains)) return ArticleKind.Opinion;
        return null;
    }

    /// <summary>The headline's shape and words of judgement, quoted words left out ("'We must act,' says mayor" is news).</summary>
    private static KindCue? HeadlineCue(string? title, OpinionVocabulary vocabulary)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var own = System.Text.RegularExpressions.Regex.Replace(title, "[\"\u201C][^\"\u201D]*[\"\u201D]|(?<!\\w)['\u2018][^'\u2019]*['\u2019](?!\\w)", " ");
        var found = vocabulary.EvaluativeHeadlines.Where(h => h.Pattern.IsMatch(own)).Select(h => h.Name).ToList();
        var judged = LoadedLanguageModel.Tokenize(own).Select(s => own.Substring(s.Start, s.Length))
            .Where(vocabulary.EvaluativeWords.Contains).Select(w => w.ToLowerInvariant()).Distinct().ToList();
        if (found.Count == 0 && judged.Count == 0) return null;
        var parts = new List<string>();
        if (found.Count > 0) parts.Add(string.Join(", ", found));
        if (judged.Count > 0) parts.Add("evaluative words: " + string.Join(", ", judged));
        return new KindCue("headline", "evaluative headline (" + string.Join("; ", parts) + ")", false, []);
    }

    /// <summary>Lower-case words of a metadata value; camel case split ("OpinionNewsArticle"), "op-ed" kept whole.</summary>
    private static IEnumerable<string> Words(string value)
    {
        var spaced = System.Text.RegularExpressions.Regex.Replace(value, "(?<=[a-z])(?=[A-Z])", " ");
        foreach (var w in System.Text.RegularExpressions.Regex.Split(spaced.ToLowerInvariant(), @"[^\p{L}\-]+"))
        {
            if (w.Length == 0) continue;
            yield return w;
            foreach (var part in w.Split('-', StringSplitOptions.RemoveEmptyEntries)) yield return part;
        }
    }

    private static string? UrlPath(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsolutePath : null;
}
