using System.Collections.Immutable;
using System.Text;
using Storyline.Articles;

namespace Storyline.Ingest.Html;

/// <summary>Chooses the article area of a light tree and lays out its paragraphs.</summary>
internal static class ContentSelector
{
    internal static string PathOf(DomNode n)
    {
        var parts = new List<string>();
        for (var p = n; p is not null; p = p.Parent) parts.Add(p.Tag + (p.Words.Length > 0 ? "." + string.Join('.', p.Words) : ""));
        parts.Reverse();
        return string.Join(" > ", parts);
    }

    /// <param name="trace">Diagnostics sink for tuning sessions (null in normal use).</param>
    public static HtmlExtraction Select(DomNode root, HtmlMetadata metadata, ExtractorSettings settings, Action<string>? trace = null)
    {
        ComputeLengths(root);

        // Pass 1: good text over the whole page, to know what "most of the page" is.
        var allBlocks = BlockWriter.Write(root, skipRemoved: true);
        double total = AccumulateGoodMass(root, allBlocks, settings);

        MarkFurniture(root, total, settings);

        // Pass 2: blocks and scores without the furniture.
        ResetScores(root);
        var blocks = BlockWriter.Write(root, skipRemoved: true);
        double good = AccumulateGoodMass(root, blocks, settings);
        if (good < settings.MinArticleChars)
        {
            if (trace is { } t)
                foreach (var n in root.Descendants())
                    if (n.Removed is not null && n.TextLength > 100 && (n.Parent is null || !HasRemovedAncestor(n.Parent, root)))
                        t($"  REMOVED[{n.Removed}] {n.TextLength} mass={n.GoodMass}/{total}: {PathOf(n)}");
            return NotFound("no article found: the page has too little running text", metadata);
        }

        foreach (var block in blocks)
            AddContentScore(block, settings);

        var top = BestCandidate(root) ?? root;
        var chosen = Climb(top, settings);
        var area = ReferenceEquals(chosen, top) ? JoinSiblings(top, settings) : [chosen];
        if (trace is not null)
        {
            trace($"total={total:F0} good={good:F0} top score={top.Score:F1} mass={top.GoodMass:F0} {PathOf(top)}");
            foreach (var a in area) trace($"  area: {a.Score:F1} {a.GoodMass:F0} {PathOf(a)}");
            foreach (var b in blocks)
                if (IsGood(b, settings))
                {
                    var r = b.Owner; while (r is not null && r.Removed is null) r = r.Parent;
                    bool inArea = area.Any(a => ReferenceEquals(a, b.Owner) || b.Owner.HasAncestor(a));
                    if (!inArea) trace($"  OUT: {b.Text[..Math.Min(80, b.Text.Length)]} | {PathOf(b.Owner)}");
                }
            foreach (var n in root.Descendants())
                if (n.Removed is not null && n.TextLength > 100 && (n.Parent is null || !HasRemovedAncestor(n.Parent, root)))
                    trace($"  REMOVED[{n.Removed}] {n.TextLength}: {PathOf(n)}");
        }

        var teasers = ListingTeasers(area, settings);

        var removed = ImmutableArray.CreateBuilder<Removal>();
        var body = new StringBuilder();
        foreach (var node in area)
        {
            CollectRemovals(node, removed);
            foreach (var block in BlockWriter.Write(node))
            {
                var reason = teasers.Contains(block.Text) ? RemovalReasons.RelatedBlock : BlockFilter.RejectReason(block, metadata, settings);
                if (reason is not null) { removed.Add(new Removal(block.Text, reason)); continue; }
                if (body.Length > 0) body.Append('\n');
                body.Append(block.Text);
            }
        }
        if (CountNonSpace(body) < settings.MinArticleChars)
            return NotFound(teasers.Count > 0 ? "no article found: the page is a list of story teasers" : "no article found: no block of running text stands out", metadata);
        return new HtmlExtraction(true, null, body.ToString(), metadata, removed.ToImmutable());
    }

    private static HtmlExtraction NotFound(string reason, HtmlMetadata metadata) =>
        new(false, reason, "", metadata, ImmutableArray<Removal>.Empty);

    private static void ComputeLengths(DomNode node)
    {
        if (node.IsText)
        {
            int n = 0;
            foreach (char c in node.Text!) if (!char.IsWhiteSpace(c)) n++;
            node.TextLength = n;
            return;
        }
        int text = 0, link = 0;
        foreach (var child in node.Children)
        {
            ComputeLengths(child);
            text += child.TextLength;
            link += child.IsText ? 0 : child.LinkLength;
        }
        node.TextLength = text;
        node.LinkLength = node.Tag == "a" ? text : link;
    }

    private static bool IsGood(ContentBlock block, ExtractorSettings settings) =>
        block.Chars >= settings.MinGoodChars && block.LinkDensity <= settings.MaxGoodLinkDensity;

    private static double AccumulateGoodMass(DomNode root, List<ContentBlock> blocks, ExtractorSettings settings)
    {
        double total = 0;
        foreach (var block in blocks)
        {
            for (var n = block.Owner; n is not null; n = n.Parent) n.VisibleMass += block.Chars;
            if (!IsGood(block, settings)) continue;
            double mass = block.Chars - block.LinkChars;
            total += mass;
            for (var n = block.Owner; n is not null; n = n.Parent)
            {
                n.GoodMass += mass;
                n.GoodCount++;
            }
        }
        return total;
    }

    private static void ResetScores(DomNode root)
    {
        foreach (var n in root.Descendants())
        {
            n.GoodMass = 0;
            n.VisibleMass = 0;
            n.GoodCount = 0;
            n.Score = 0;
        }
    }

    private static void MarkFurniture(DomNode node, double total, ExtractorSettings settings)
    {
        foreach (var child in node.Children)
        {
            if (child.IsText || child.Removed is not null) continue;
            string? reason = HtmlTags.Furniture.GetValueOrDefault(child.Tag)
                ?? (child.Tag is "article" or "main" || !child.IsBlock ? null : BoilerplateVocabulary.NegativeReason(child.Words));
            if (reason is not null && child.ItemProp is not "articleBody" && (total <= 0 || child.GoodMass < settings.ProtectShare * total))
            {
                child.Removed = reason;
                continue;
            }
            MarkFurniture(child, total, settings);
        }
    }

    /// <summary>Readability-style: a paragraph credits its container fully and the one above by half.</summary>
    private static void AddContentScore(ContentBlock block, ExtractorSettings settings)
    {
        if (block.Chars < settings.MinGoodChars / 2) return;
        int commas = 0;
        foreach (char c in block.Text) if (c is ',' or '，' or '、') commas++;
        double score = (1 + commas + Math.Min(block.Chars / 100.0, 3)) * (1 - block.LinkDensity);
        var container = HtmlTags.Paragraph.Contains(block.Owner.Tag) ? block.Owner.Parent : block.Owner;
        if (container is null) return;
        container.Score += score;
        if (container.Parent is { } grand) grand.Score += score / 2;
    }

    private static DomNode? BestCandidate(DomNode root)
    {
        DomNode? best = null;
        double bestScore = 0;
        foreach (var n in root.Descendants())
        {
            if (n.IsText || n.Score <= 0 || n.Removed is not null) continue;
            double s = n.Score * (1 - n.LinkDensity);
            if (BoilerplateVocabulary.IsPositive(n.Words)) s *= 1.25;
            if (n.ItemProp == "articleBody") s *= 1.5;
            if (s > bestScore) { best = n; bestScore = s; }
        }
        return best;
    }

    /// <summary>
    /// Articles split over sibling wrappers (one per column, per ad break) leave the best-scoring
    /// container holding only part of the text: walk up while an ancestor gains more good text
    /// than it brings in other text (link lists, short lines).
    /// </summary>
    private static DomNode Climb(DomNode top, ExtractorSettings settings)
    {
        DomNode best = top;
        double bestValue = Value(top);
        for (var a = top.Parent; a is not null; a = a.Parent)
        {
            double v = Value(a);
            if (v > bestValue) { best = a; bestValue = v; }
        }
        return best;

        double Value(DomNode n) => n.GoodMass - settings.JunkWeight * (n.VisibleMass - n.GoodMass);
    }

    private static List<DomNode> JoinSiblings(DomNode top, ExtractorSettings settings)
    {
        var parent = top.Parent;
        if (parent is null) return [top];
        var area = new List<DomNode>();
        double threshold = Math.Max(3, top.Score * settings.SiblingShare);
        foreach (var sibling in parent.Children)
        {
            if (ReferenceEquals(sibling, top)) { area.Add(sibling); continue; }
            if (sibling.IsText || sibling.Removed is not null) continue;
            if (sibling.Score >= threshold) { area.Add(sibling); continue; }
            if (sibling.Tag == "p" && sibling.TextLength >= 80 && sibling.LinkDensity < 0.25) area.Add(sibling);
        }
        return area;
    }

    /// <summary>
    /// A section front or search page: most of the good text sits in repeated "linked headline,
    /// then a short summary" pairs. An article may contain such a list (a gift guide), but not be one
    /// almost entirely. When the area is that dominated by teasers, their summaries are dropped:
    /// what remains is the article beside a big related list, or nothing (a listing: no article).
    /// </summary>
    private static HashSet<string> ListingTeasers(List<DomNode> area, ExtractorSettings settings)
    {
        var summaries = new HashSet<string>(StringComparer.Ordinal);
        int pairs = 0;
        double teaserMass = 0, goodMass = 0;
        foreach (var node in area)
        {
            var blocks = BlockWriter.Write(node);
            for (int i = 0; i < blocks.Count; i++)
            {
                var b = blocks[i];
                if (IsGood(b, settings)) goodMass += b.Chars - b.LinkChars;
                if (i == 0) continue;
                var title = blocks[i - 1];
                if (title.LinkDensity >= 0.9 && title.Chars <= 150 && b.LinkDensity <= 0.3 && b.Chars <= settings.MaxTeaserChars)
                {
                    pairs++;
                    summaries.Add(b.Text);
                    if (IsGood(b, settings)) teaserMass += b.Chars - b.LinkChars;
                }
            }
        }
        bool listing = pairs >= settings.MinListingTeasers && goodMass > 0 && teaserMass >= settings.ListingTeaserShare * goodMass;
        return listing ? summaries : [];
    }

    private static void CollectRemovals(DomNode node, ImmutableArray<Removal>.Builder removed)
    {
        foreach (var n in node.Descendants())
        {
            if (n.Removed is null || ReferenceEquals(n, node)) continue;
            if (n.Parent is { } p && HasRemovedAncestor(p, node)) continue;
            var text = string.Join(" ", BlockWriter.Write(n, skipRemoved: false).Select(b => b.Text));
            if (text.Length > 0) removed.Add(new Removal(text, n.Removed));
        }
    }

    private static bool HasRemovedAncestor(DomNode n, DomNode stop)
    {
        for (var p = n; p is not null && !ReferenceEquals(p, stop); p = p.Parent)
            if (p.Removed is not null) return true;
        return false;
    }

    private static int CountNonSpace(StringBuilder sb)
    {
        int n = 0;
        foreach (var chunk in sb.GetChunks())
            foreach (char c in chunk.Span) if (!char.IsWhiteSpace(c)) n++;
        return n;
    }
}
