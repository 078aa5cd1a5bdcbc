using Lucene.Net.Tartarus.Snowball;

namespace Storyline.Language;

/// <summary>
/// A Snowball stemmer from Lucene.Net.Analysis.Common (Porter2 for English; Snowball has German, Spanish, French and
/// a dozen more), behind <see cref="IStemmer"/>. Snowball programs keep their word in fields, so each thread gets
/// its own program; the results depend only on the word.
/// </summary>
public sealed class SnowballStemmer : IStemmer, IDisposable
{
    private readonly ThreadLocal<SnowballProgram> _program;

    /// <param name="create">Makes one program, e.g. <c>() =&gt; new EnglishStemmer()</c>.</param>
    public SnowballStemmer(Func<SnowballProgram> create) => _program = new ThreadLocal<SnowballProgram>(create);

    public string Stem(string lowerWord)
    {
        var program = _program.Value!;
        program.SetCurrent(lowerWord);
        program.Stem();
        return program.Current;
    }

    public void Dispose() => _program.Dispose();
}
