using System.Collections.Frozen;
using Storyline.Lab.Evaluation.Rouge;
using Storyline.Text;
using Storyline.Language.English;

namespace Storyline.Tests.Evaluation;

public sealed class RougeTokenizerTests
{
    private static RougeTokenizer Tokenizer(bool stem = true, bool stop = false, int limit = 0) =>
        new(new RougeOptions(Stem: stem, RemoveStopwords: stop, WordLimit: limit),
            new RougeResources(
                new Dictionary<string, string> { ["geese"] = "goose", ["ran"] = "run", ["mice"] = "mouse" }.ToFrozenDictionary(),
                new[] { "the", "and", "of" }.ToFrozenSet()));

    [Fact]
    public void Lowercases_splits_hyphens_and_drops_punctuation()
    {
        var tokens = Tokenizer(stem: false).TokenizeSentence("The U.S.-led Talks, in Oslo's HALL!");
        Assert.Equal(["the", "u", "s", "led", "talks", "in", "oslo", "s", "hall"], tokens);
    }

    [Fact]
    public void Drops_dollar_signs_and_non_ascii_letters_become_separators()
    {
        // ROUGE-1.5.5 turns every byte outside [A-Za-z0-9-] into a space before its [a-z0-9$] filter
        var tokens = Tokenizer(stem: false).TokenizeSentence("$400 for Guaidó");
        Assert.Equal(["400", "for", "guaid"], tokens);
    }

    [Fact]
    public void Stems_only_tokens_longer_than_three_characters()
    {
        // Porter alone would make "was" "wa" and "has" "ha"
        var tokens = Tokenizer().TokenizeSentence("was has dogs running ponies");
        Assert.Equal(["was", "has", "dog", "run", "poni"], tokens);
    }

    [Fact]
    public void Looks_up_exception_list_before_the_stemmer()
    {
        var tokens = Tokenizer().TokenizeSentence("geese mice ran");
        // "ran" and "mice" are 3-4 characters: only tokens longer than 3 are looked up
        Assert.Equal(["goose", "mouse", "ran"], tokens);
    }

    [Fact]
    public void Removes_stopwords_when_asked()
    {
        Assert.Equal(["cat", "dog"], Tokenizer(stem: false, stop: true).TokenizeSentence("the cat and the dog"));
    }

    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("conflated", "conflat")]
    [InlineData("hopping", "hop")]
    [InlineData("falling", "fall")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("generalization", "gener")]
    [InlineData("electricity", "electr")]
    [InlineData("adjustment", "adjust")]
    [InlineData("controlling", "control")]
    [InlineData("archaeology", "archaeolog")]
    [InlineData("sensibility", "sensibl")]
    [InlineData("yelling", "yell")]
    [InlineData("youth", "youth")]
    public void Porter_stemmer_matches_the_reference_algorithm(string word, string stem)
    {
        Assert.Equal(stem, RougePorterStemmer.Instance.Stem(word));
    }

    [Fact]
    public void Truncation_counts_raw_whitespace_words_across_lines()
    {
        var lines = RougeTokenizer.Truncate("One two U.S.-led\nfour five six", 4);
        Assert.Equal(["One two U.S.-led", "four"], lines);
    }

    [Fact]
    public void Truncated_tokens_can_outnumber_the_word_limit()
    {
        // "U.S.-led" is one word for -l but three tokens after tokenisation
        var sentences = Tokenizer(stem: false, limit: 2).Tokenize("Officials U.S.-led talks");
        Assert.Equal(["officials", "u", "s", "led"], sentences.Single());
    }

    [Fact]
    public void Moses_splitter_breaks_inside_lines_but_not_after_titles_or_acronyms()
    {
        var sentences = MosesSentenceSplitter.Split("Mr. Smith went to the U.S. Army base. He left.\nA new line");
        Assert.Equal(["Mr. Smith went to the U.S. Army base.", "He left.", "A new line"], sentences);
    }
}
