using Storyline.Text;

namespace Storyline.Tests.Text;

public class TokenizerTests
{
    private static string[] Words(string text) =>
        Tokenizer.Tokenize(text).Select(t => text.Substring(t.Span.Start, t.Span.Length)).ToArray();

    [Fact]
    public void Tokenize_keeps_dotted_acronyms_whole() =>
        Assert.Equal(new[] { "the", "U.S.", "embassy" }, Words("the U.S. embassy"));

    [Fact]
    public void Tokenize_splits_possessive_s() =>
        Assert.Equal(new[] { "Maduro", "\u2019s", "move" }, Words("Maduro\u2019s move"));

    [Fact]
    public void Tokenize_keeps_hyphenated_number_words() =>
        Assert.Equal(new[] { "a", "72-hour", "ultimatum" }, Words("a 72-hour ultimatum"));

    [Fact]
    public void Tokenize_keeps_numbers_with_separators() =>
        Assert.Equal(new[] { "$", "1,000.5", "million", "." }, Words("$1,000.5 million."));

    [Fact]
    public void Tokenize_keeps_accented_names() =>
        Assert.Equal(new[] { "Guaidó", "and", "Nicolás" }, Words("Guaidó and Nicolás"));
}
