using System.Collections.Immutable;
using Storyline.Articles;

namespace Storyline.Compare.Facts;

/// <summary>One item of the fact ledger: a claim, every article reporting it, and its status.</summary>
public sealed record Fact(string Text, FactStatus Status, ImmutableArray<string> ArticleIds, int IndependentSources,
    ImmutableArray<Citation> Citations, ImmutableArray<int> ConflictsWith);
