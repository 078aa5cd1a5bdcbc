namespace Storyline.Language;

/// <summary>Reduces a lower-case word to its stem, so that inflected forms meet ("offices", "office"). Thread-safe.</summary>
public interface IStemmer
{
    /// <summary>The stem of <paramref name="lowerWord"/> (lower case, one word).</summary>
    string Stem(string lowerWord);
}

/// <summary>Leaves every word as it is: the stemmer of a language nobody wrote one for.</summary>
public sealed class NoStemmer : IStemmer
{
    public static NoStemmer Instance { get; } = new();

    public string Stem(string lowerWord) => lowerWord;
}
