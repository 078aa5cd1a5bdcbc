using Storyline.Summarize;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Tests.Summarize;

public sealed class LeadingPhraseTests
{
    [Theory]
    [InlineData("On Tuesday, Aldorian rebels said they had taken the port.", "Aldorian rebels said they had taken the port.")]
    [InlineData("After two days of talks, The council agreed to a truce.", "The council agreed to a truce.")]
    [InlineData("Meanwhile, President Olen Varga flew to the capital.", "President Olen Varga flew to the capital.")]
    public void Drops_an_opening_phrase_when_the_rest_reads_as_a_sentence(string sentence, string rest)
    {
        int start = LeadingPhrase.RemainderStart(sentence, new TextSpan(0, sentence.Length), 6, LanguagePacks.English.Summary);
        Assert.Equal(rest, sentence[start..]);
    }

    [Theory]
    [InlineData("On Tuesday, the rebels said they had taken the port.")] // lower-case rest: it would not read as a sentence
    [InlineData("In the long and bitter dispute over the harbour fees of the port, Aldoria gave way.")] // phrase too long
    [InlineData("The rebels, who had fought for weeks, took the port.")] // not a scene-setting opener
    [InlineData("On \"black Tuesday,\" Markets fell.")] // quotation inside
    [InlineData("On Tuesday the rebels took the port.")] // no comma
    public void Keeps_sentences_whose_opening_is_not_a_droppable_phrase(string sentence) =>
        Assert.Equal(-1, LeadingPhrase.RemainderStart(sentence, new TextSpan(0, sentence.Length), 6, LanguagePacks.English.Summary));

    [Fact]
    public void The_shortened_form_is_an_alternative_whose_span_holds_its_text()
    {
        const string text = "PORTVILLE (AP) — On Tuesday, Aldorian rebels said they had taken the port after a night of shelling. The army denied it.";
        var doc = SummaryDocument.FromText(text);
        var cluster = ClusterModel.Build([doc], SummarizerSettings.Default with { MaxDroppedLeadWords = 6 });
        var whole = cluster.Candidates.First(c => c.Index == 0 && c.IsWhole);
        var shorter = cluster.Candidates.Single(c => c.Index == 0 && !c.IsWhole);
        Assert.Equal(whole.Id, shorter.Sentence);
        Assert.StartsWith("Aldorian rebels", shorter.Text);
        Assert.Equal(shorter.Text, text.Substring(shorter.Shown.Start, shorter.Shown.Length));
        Assert.True(shorter.Words < whole.Words);
        Assert.DoesNotContain(ClusterModel.Build([doc], SummarizerSettings.Default with { MaxDroppedLeadWords = 0 }).Candidates, c => !c.IsWhole);
    }

    [Fact]
    public void A_sentence_is_never_chosen_twice_in_two_forms()
    {
        var docs = new[]
        {
            "On Tuesday, Aldorian rebels said they had taken the port of Varn after a night of shelling. The army of Aldoria denied that the port of Varn had fallen.",
            "Aldorian rebels claimed the port of Varn on Tuesday after shelling through the night. Aldoria's army denied the port had fallen to the rebels.",
        }.Select((t, i) => SummaryDocument.FromText(t, i)).ToArray();
        var picked = new ExtractiveSummarizer(SummarizerSettings.Default with { MaxDroppedLeadWords = 6 }).Summarize(docs, 200);
        Assert.Equal(picked.Count, picked.Select(p => (p.Document, p.Index)).Distinct().Count());
    }
}
