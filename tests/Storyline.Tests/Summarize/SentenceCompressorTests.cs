using Storyline.Summarize;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Tests.Summarize;

/// <summary>Every sentence here was invented for these tests.</summary>
public sealed class SentenceCompressorTests
{
    private static readonly SummarizerSettings AllRules = SummarizerSettings.Default with
    {
        Compress = true, DropMidAttribution = true, DropParentheticals = true,
    };

    /// <summary>The sentence as the summarizer would show it with every cut the rules find, or null when nothing is cut.</summary>
    private static string? Compress(string sentence, SummarizerSettings? settings = null)
    {
        var shown = new TextSpan(0, sentence.Length);
        var cuts = SentenceCompressor.FindCuts(sentence, shown, settings ?? AllRules, LanguagePacks.English.Summary);
        if (cuts.Count == 0) return null;
        var parts = SentenceCompressor.Keep(sentence, shown, cuts);
        return parts.IsEmpty ? null : SentenceCompressor.Show(sentence, parts);
    }

    private static IReadOnlyList<CompressionRule> Rules(string sentence) =>
        SentenceCompressor.FindCuts(sentence, new TextSpan(0, sentence.Length), AllRules, LanguagePacks.English.Summary).Select(c => c.Rule).ToList();

    [Theory]
    [InlineData("The new dock, the harbour master said, would cost less than the old one.", "The new dock would cost less than the old one.")]
    [InlineData("The ferry, according to the operator, runs twice a week in winter.", "The ferry runs twice a week in winter.")]
    [InlineData("The driver was unhurt, police said, adding that the road was icy.", "The driver was unhurt, adding that the road was icy.")]
    [InlineData("The ferry sank near Varn, the coast guard said, and the crew swam ashore.", "The ferry sank near Varn, and the crew swam ashore.")]
    public void Drops_a_mid_sentence_attribution(string sentence, string expected) =>
        Assert.Equal(expected, Compress(sentence));

    [Theory]
    [InlineData("The dock, the harbour master said, \"would cost less than the old one.\"")] // a quotation: the speaker stays
    [InlineData("The dock, he did not say, would cost less.")]
    public void Keeps_mid_sentence_attributions_of_quotations_and_negations(string sentence) =>
        Assert.DoesNotContain(CompressionRule.MidAttribution, Rules(sentence));

    [Theory]
    [InlineData("The Harbour Workers Union (HWU) called a strike at the port of Varn.", "The Harbour Workers Union called a strike at the port of Varn.")]
    [InlineData("Senator Lind (D-Portville), who chairs the committee, opposed the plan.", "Senator Lind, who chairs the committee, opposed the plan.")]
    [InlineData("The strike was called by the dock workers (HWU).", "The strike was called by the dock workers.")]
    public void Drops_a_short_parenthetical(string sentence, string expected) => Assert.Equal(expected, Compress(sentence));

    [Theory]
    [InlineData("The repairs will cost the city more (about 40 million crowns) than planned.")] // numbers stay
    [InlineData("The union (which has not struck since the war) called a strike.")] // a negation stays
    [InlineData("The union called \"a strike (for now) and nothing more\" at the port.")] // inside a quotation
    public void Keeps_parentheticals_with_numbers_negations_or_quotes(string sentence) =>
        Assert.DoesNotContain(CompressionRule.Parenthetical, Rules(sentence));

    [Fact]
    public void Rules_switched_off_find_nothing()
    {
        const string sentence = "Olen Varga, 45, a former judge, won the vote (narrowly), officials said.";
        Assert.NotEmpty(Rules(sentence));
        Assert.Empty(SentenceCompressor.FindCuts(sentence, new TextSpan(0, sentence.Length), AllRules with { Compress = false }, LanguagePacks.English.Summary));
    }

    [Theory]
    [InlineData("The Harbour Workers Union (HWU), the mayor said, will strike at the port of Varn.", "The Harbour Workers Union will strike at the port of Varn.")]
    [InlineData("Rescue teams (RTA), a fire service officer said, pulled nine survivors from the Maren River.", "Rescue teams pulled nine survivors from the Maren River.")]
    public void Several_cuts_combine(string sentence, string expected) => Assert.Equal(expected, Compress(sentence));

    [Theory]
    [InlineData("Olen Varga, 45, a former judge, did not win the vote (narrowly), officials said on Friday.")]
    [InlineData("The ferry (which never ran on Sundays) carried 1,200 people in 2025, the operator said.")]
    [InlineData("Mara Lind, 61, said the port would not reopen before 2027, according to the board.")]
    [InlineData("Nobody, police said, was hurt when 3 cranes (HWU) fell, said Olen Varga, a dock worker.")]
    public void Negations_and_numbers_are_never_dropped(string sentence)
    {
        var shown = new TextSpan(0, sentence.Length);
        foreach (var cut in SentenceCompressor.FindCuts(sentence, shown, AllRules, LanguagePacks.English.Summary))
        {
            var removed = sentence.AsSpan(cut.Span.Start, cut.Span.Length);
            Assert.False(SentenceCompressor.HasNegation(removed, LanguagePacks.English.Summary), $"{cut.Rule} removed a negation: '{removed}'");
            Assert.True(removed.IndexOfAnyInRange('0', '9') < 0, $"{cut.Rule} removed a number: '{removed}'");
        }
    }

    [Theory]
    [InlineData("Olen Varga, 45, a former judge, won the vote (narrowly), officials said.")]
    [InlineData("The new dock, the harbour master said, would cost less than the old one.")]
    [InlineData("Senator Lind (D-Portville), who chairs the committee,\n  opposed the plan.")]
    public void Shown_text_is_the_concatenation_of_its_kept_spans(string sentence)
    {
        var shown = new TextSpan(0, sentence.Length);
        var parts = SentenceCompressor.Keep(sentence, shown, SentenceCompressor.FindCuts(sentence, shown, AllRules, LanguagePacks.English.Summary));
        Assert.True(parts.Length >= 2);
        for (int i = 1; i < parts.Length; i++) Assert.True(parts[i].Start > parts[i - 1].End, "parts are in order and apart");
        var expected = string.Join("", parts.Select((p, i) =>
        {
            var piece = string.Join(' ', sentence.Substring(p.Start, p.Length).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            return i == 0 || ",.;:!?".Contains(piece[0]) ? piece : " " + piece;
        }));
        Assert.Equal(expected, SentenceCompressor.Show(sentence, parts));
    }
}
