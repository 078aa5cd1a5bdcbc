using Storyline.Language;
using Storyline.Annotate.Entities;
using System.Collections.Immutable;
using Storyline.Articles;

namespace Storyline.Compare.Entities.Merging;

/// <summary>One mention as the merger sees it: where it is, how it is written, and its tagged type.</summary>
public readonly record struct NamedMention(Citation Citation, string Surface, EntityType Type);

/// <summary>
/// Merges a story's mentions into entities: same key (accents, case, titles, possessives and dots
/// ignored); then a person's surname-only or first-and-last form joins the one fuller name it fits;
/// then an acronym joins the name it spells. Deterministic: the same mentions give the same entities.
/// </summary>
public static class EntityMerger
{
    private sealed class Group
    {
        public required string Key;
        public readonly List<NamedMention> Mentions = new();
        public Group? MergedInto;
        public Group Root => MergedInto is null ? this : MergedInto.Root;
        public EntityType Type => Mentions.GroupBy(m => m.Type)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        public int WordCount => Key.Split(' ').Length;
        public int FirstSeen;
    }

    /// <summary>How many times more mentions one of several fuller names needs for a surname to join it (seed story: 18 vs 1).</summary>
    private const int DominanceRatio = 3;

    private static int MentionCount(Group root) => root.Mentions.Count;

    public static ImmutableArray<StoryEntity> Merge(IEnumerable<NamedMention> mentions, NameVocabulary language)
    {
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        int order = 0;
        foreach (var m in mentions)
        {
            var key = NameRules.Key(m.Surface, language, person: m.Type == EntityType.Person);
            if (key.Length == 0) continue;
            if (!groups.TryGetValue(key, out var g))
                groups[key] = g = new Group { Key = key, FirstSeen = order };
            g.Mentions.Add(m);
            order++;
        }

        // Persons: shorter forms into fuller ones, longest targets first so "Juan Guaido" joins
        // "Juan Gerardo Guaido" before "Guaido" looks for a home.
        var people = groups.Values.Where(g => g.Type == EntityType.Person).OrderByDescending(g => g.WordCount).ThenBy(g => g.FirstSeen).ToList();
        foreach (var shorter in people.OrderBy(g => g.WordCount).ThenBy(g => g.FirstSeen))
        {
            var targets = people
                .Where(t => t != shorter && t.MergedInto is null && NameRules.IsShortFormOf(shorter.Key, t.Key))
                .Select(t => t.Root).Distinct().ToList();
            // A surname shared by two different people (two Castros) stays apart: no guessing, unless
            // one of them dominates the story (a stray "End Maduro" headline tag beside "Nicolas Maduro").
            var ranked = targets.OrderByDescending(MentionCount).ThenBy(t => t.FirstSeen).ToList();
            if (ranked.Count == 1 || (ranked.Count > 1 && MentionCount(ranked[0]) >= DominanceRatio * MentionCount(ranked[1])))
                shorter.MergedInto = ranked[0];
        }
        // Single-word mentions tagged otherwise (a surname the tagger called ORG once) join a person whose surname they are,
        // when most of that word's mentions were people elsewhere in the story: handled by the key grouping above.

        // Acronyms: "OAS" into "Organization of American States", "US" into "United States".
        var named = groups.Values.Where(g => g.MergedInto is null).ToList();
        // each group's acronym spellings and the acronyms its full forms spell, computed once: testing every written
        // form against every mention of every other group was quadratic in a long story's mentions
        var spelled = named.ToDictionary(g => g, g => g.Mentions
            .Select(m => NameRules.AcronymLetters(NameRules.StripPossessive(m.Surface))).OfType<string>().ToHashSet(StringComparer.Ordinal));
        var spells = named.ToDictionary(g => g, g => g.Mentions
            .Select(m => NameRules.Acronym(NameRules.StripTitles(NameRules.StripPossessive(m.Surface), language), language)).OfType<string>().ToHashSet(StringComparer.Ordinal));
        foreach (var shortGroup in named)
        {
            var written = spelled[shortGroup];
            if (written.Count == 0) continue;
            var targets = named.Where(t => t != shortGroup && t.MergedInto is null && t.WordCount >= 2 && spells[t].Overlaps(written))
                .Select(t => t.Root).Distinct().ToList();
            if (targets.Count == 1 && targets[0] != shortGroup.Root) shortGroup.MergedInto = targets[0];
        }

        var roots = groups.Values.GroupBy(g => g.Root).Select(cluster =>
        {
            var all = cluster.SelectMany(g => g.Mentions).OrderBy(m => m.Citation.ArticleId, StringComparer.Ordinal).ThenBy(m => m.Citation.Start).ToList();
            var type = all.GroupBy(m => m.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            var name = NameRules.CanonicalName(all.Select(m => m.Surface), language, person: type == EntityType.Person);
            var aliases = all.Select(m => NameRules.Clean(m.Surface))
                .Where(a => a != name && a.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
            return (Name: name, Type: type, Aliases: aliases, Mentions: all, First: cluster.Min(g => g.FirstSeen));
        })
        .OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.First)
        .ToList();

        return roots.Select((e, i) => new StoryEntity($"e{i + 1}", e.Name, e.Type, e.Aliases, e.Mentions.Select(m => m.Citation).ToImmutableArray()))
            .ToImmutableArray();
    }
}
