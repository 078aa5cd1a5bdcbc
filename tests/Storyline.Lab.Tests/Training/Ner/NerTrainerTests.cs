using Storyline.Lab.Datasets.Ner;
using Storyline.Lab.Training.Ner;
using System.Collections.Immutable;
using Storyline.Annotate.Entities;
using Storyline.Annotate.Entities.Tagging;
using Storyline.Lab.Evaluation.Ner;

namespace Storyline.Tests.Annotate.Entities;

public sealed class NerTrainerTests
{
    // A tiny invented corpus: each document one sentence about a person, a club and a town.
    private static ImmutableArray<ConllDocument> Corpus()
    {
        string[] people = ["Ada Brennan", "Tomas Velk", "Nora Quill", "Ivo Marsh"];
        string[] clubs = ["Harlow Rovers", "Dunmore United", "Fenwick Athletic", "Carrow City"];
        string[] towns = ["Lisdale", "Ormsby", "Kettering", "Whitby"];
        var text = new System.Text.StringBuilder();
        for (int d = 0; d < 12; d++)
        {
            text.AppendLine("-DOCSTART- O").AppendLine();
            void Phrase(string phrase, string type)
            {
                var words = phrase.Split(' ');
                for (int i = 0; i < words.Length; i++) text.AppendLine($"{words[i]} {(i == 0 ? "B" : "I")}-{type}");
            }
            Phrase(people[d % 4], "PER");
            text.AppendLine("joined O");
            Phrase(clubs[(d + 1) % 4], "ORG");
            text.AppendLine("in O");
            Phrase(towns[(d + 2) % 4], "LOC");
            text.AppendLine(". O").AppendLine();
            text.AppendLine($"{towns[d % 4]} B-LOC").AppendLine($"{d + 1} O").AppendLine($"{towns[(d + 1) % 4]} B-LOC").AppendLine($"{d % 3} O").AppendLine();
        }
        return ConllReader.Read(new StringReader(text.ToString()));
    }

    private static byte[] TrainBytes() => Bytes(Train());

    private static EntityTagger Train()
    {
        var docs = Corpus();
        return NerTraining.Train(docs, docs, [], maxEpochs: 2, runs: 2);
    }

    private static byte[] Bytes(EntityTagger tagger)
    {
        using var stream = new MemoryStream();
        NerTraining.Save(tagger, stream);
        return stream.ToArray();
    }

    [Fact]
    public void Training_twice_on_the_same_data_gives_the_same_model_bytes()
    {
        Assert.Equal(TrainBytes(), TrainBytes());
    }

    [Fact]
    public void Training_learns_the_invented_corpus()
    {
        var tags = Train().TagIob([["Nora", "Quill", "joined", "Harlow", "Rovers", "in", "Lisdale", "."]]);

        Assert.Equal(["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O"], tags[0]);
    }

    [Fact]
    public void A_model_keeps_the_name_lists_it_was_trained_with_and_one_without_them_has_none()
    {
        var docs = Corpus();
        var withLists = EntityTagger.Load(new MemoryStream(Bytes(NerTraining.Train(docs, docs, [], maxEpochs: 1, runs: 1))));
        var without = EntityTagger.Load(new MemoryStream(Bytes(NerTraining.Train(docs, docs, [], maxEpochs: 1, runs: 1, nameLists: false))));

        Assert.Equal(Storyline.Language.LanguagePacks.English.Names.KnownNames.Count, withLists.ListCount);
        Assert.Equal(0, without.ListCount);
    }

    [Theory]
    [InlineData("Harlow 3 Ormsby 1", true)]
    [InlineData("Essex 372 and 133-5 , Kent 108-3 .", true)]
    [InlineData("The club said on Monday it had sold 3 players for 12 million .", false)]
    [InlineData("Harlow won the cup .", false)]
    public void Result_lines_are_told_from_prose(string line, bool table)
    {
        Assert.Equal(table, NerFeatures.IsTableLine(line.Split(' ')));
    }
}
