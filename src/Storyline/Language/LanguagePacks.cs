using System.Collections.Frozen;
using System.Collections.Immutable;
using Storyline.Articles;
using Storyline.Language.English;
using Storyline.Stages;

namespace Storyline.Language;

/// <summary>
/// The language packs a pipeline can use, by language code. Stages take one (<see cref="Default"/> unless given) and
/// look up the pack of each article's language (<see cref="LanguageDetector.Of"/>). Immutable.
/// </summary>
public sealed class LanguagePacks
{
    private readonly FrozenDictionary<string, LanguagePack> _byCode;

    /// <param name="packs">The packs; the first is <see cref="Fallback"/>.</param>
    public LanguagePacks(IEnumerable<LanguagePack> packs)
    {
        var list = packs.ToImmutableArray();
        if (list.IsEmpty) throw new ArgumentException("At least one language pack is needed.", nameof(packs));
        _byCode = list.ToFrozenDictionary(p => p.Code, StringComparer.Ordinal);
        Packs = list;
        Fallback = list[0];
    }

    /// <summary>The packs the project ships: English.</summary>
    public static LanguagePacks Default { get; } = new([EnglishPack.Instance]);

    /// <summary>The English pack.</summary>
    public static LanguagePack English => EnglishPack.Instance;

    public ImmutableArray<LanguagePack> Packs { get; }

    /// <summary>
    /// The pack a stage called outside a pipeline uses for an article whose language has no pack (a test's article of
    /// a few words, say). The pipeline never gets there: it gives a stage only articles in the languages it lists.
    /// </summary>
    public LanguagePack Fallback { get; }

    /// <summary>The codes of the packs.</summary>
    public IEnumerable<string> Codes => Packs.Select(p => p.Code);

    /// <summary>The pack of a language ("en-GB" finds "en"), or null when there is none.</summary>
    public LanguagePack? For(string? language) =>
        LanguageSet.Normalize(language) is { } code && _byCode.TryGetValue(code, out var pack) ? pack : null;

    /// <summary>The pack of the article's language, else <see cref="Fallback"/>: for stages written for the languages of
    /// their packs, which the pipeline calls only for those.</summary>
    public LanguagePack Of(Article article) => For(LanguageDetector.Of(article)) ?? Fallback;

    /// <summary>
    /// The pack to read an article with in a step that reads every language (sentence splitting, story grouping): its
    /// language's pack; <see cref="Fallback"/> when its language cannot be told; null when it is a language without a
    /// pack, which such a step reads with no vocabulary at all rather than another language's.
    /// </summary>
    public LanguagePack? ForReading(Article article) =>
        LanguageDetector.Of(article) is { } language ? For(language) : Fallback;
}
