using Storyline.Lab.Datasets.Ner;
using Storyline.Lab.Evaluation.Ner;

namespace Storyline.Tests.Evaluation.Ner;

public sealed class ConllScorerTests
{
    [Fact]
    public void Iob1_I_after_O_opens_a_phrase_and_B_splits_two_adjacent_phrases()
    {
        var chunks = ConllScorer.Chunks(["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"]);
        Assert.Equal([new Chunk(0, 2, "PER"), new Chunk(3, 4, "LOC"), new Chunk(4, 5, "LOC"), new Chunk(5, 6, "ORG")], chunks);
    }

    [Fact]
    public void Iob2_and_iob1_spellings_of_the_same_phrases_give_the_same_chunks()
    {
        Assert.Equal(ConllScorer.Chunks(["I-ORG", "I-ORG", "O", "I-PER"]), ConllScorer.Chunks(["B-ORG", "I-ORG", "O", "B-PER"]));
    }

    [Fact]
    public void A_phrase_counts_only_with_exact_span_and_type()
    {
        IReadOnlyList<string> gold = ["I-PER", "I-PER", "O", "I-LOC", "O", "I-ORG"];
        IReadOnlyList<string> predicted = ["B-PER", "O", "O", "B-LOC", "O", "B-MISC"];
        var score = ConllScorer.Score([(gold, predicted)]);
        Assert.Equal(3, score.Overall.Gold);
        Assert.Equal(3, score.Overall.Predicted);
        Assert.Equal(1, score.Overall.Correct); // LOC only: PER is cut short, ORG has the wrong type
        Assert.Equal(100.0 / 3, score.Overall.F1, 6);
        Assert.Equal(100.0, score.PerType["LOC"].F1, 6);
        Assert.Equal(0.0, score.PerType["MISC"].Precision);
    }

    [Fact]
    public void Reader_splits_documents_at_docstart_and_sentences_at_blank_lines()
    {
        var text = "-DOCSTART- -X- O O\n\nAlma NNP I-NP I-PER\nsang VBD I-VP O\n\nOslo NNP I-NP I-LOC\n-DOCSTART- -X- O O\n\nHi UH O O\n";
        var docs = ConllReader.Read(new StringReader(text));
        Assert.Equal(2, docs.Length);
        Assert.Equal(2, docs[0].Sentences.Length);
        Assert.Equal(["Alma", "sang"], docs[0].Sentences[0].Tokens.ToArray());
        Assert.Equal(["I-PER", "O"], docs[0].Sentences[0].Tags.ToArray());
    }

    [Fact]
    public void Reader_rejects_a_line_whose_last_column_is_not_a_tag_with_its_line_number()
    {
        var ex = Assert.Throws<FormatException>(() => ConllReader.Read(new StringReader("Alma NNP I-NP PERSON\n"), "f"));
        Assert.Contains("f:1", ex.Message);
    }
}
