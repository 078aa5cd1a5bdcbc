using System.Text;
using Storyline.Text;
using Storyline.Language;
using Storyline.Language.English;

namespace Storyline.Lab.Evaluation.Rouge;

/// <summary>
/// Turns a summary into the token sentences ROUGE-1.5.5 scores: one sentence per non-empty line,
/// <c>-l</c> truncation on the raw whitespace-separated words, then per sentence lower-casing,
/// "-" split out, everything but ASCII letters, digits and "-" turned into spaces, tokens kept only
/// when they start with a letter, digit or "$", optional stopword removal, and stemming of tokens
/// longer than 3 characters (WordNet exception list first, else ROUGE's Porter stemmer).
/// </summary>
public sealed class RougeTokenizer
{
    // Perl's \s on byte strings: ASCII whitespace only (a no-break space is not a separator there).
    private static readonly char[] PerlSpace = [' ', '\t', '\n', '\r', '\f', '\v'];

    private readonly RougeOptions _options;
    private readonly RougeResources _resources;

    public RougeTokenizer(RougeOptions options, RougeResources resources)
    {
        _options = options;
        _resources = resources;
    }

    /// <summary>Token sentences of a summary (one per non-empty line), after truncation.</summary>
    public string[][] Tokenize(string text)
    {
        var lines = Truncate(text, _options.WordLimit);
        var result = new string[lines.Count][];
        for (int i = 0; i < lines.Count; i++) result[i] = TokenizeSentence(lines[i]);
        return result;
    }

    /// <summary>
    /// The <c>-l N</c> cut: keeps the first N words counted on the raw text split on whitespace
    /// (before any tokenisation, so "U.S.-led" is one word), across lines in order.
    /// </summary>
    public static List<string> Truncate(string text, int wordLimit)
    {
        var lines = new List<string>();
        int remaining = wordLimit > 0 ? wordLimit : int.MaxValue;
        foreach (var rawLine in text.Split('\n'))
        {
            if (remaining <= 0) break;
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0) continue;
            if (wordLimit <= 0) { lines.Add(line); continue; }
            var words = line.Split(PerlSpace, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            if (words.Length <= remaining)
            {
                lines.Add(line);
                remaining -= words.Length;
            }
            else
            {
                lines.Add(string.Join(' ', words, 0, remaining));
                remaining = 0;
            }
        }
        return lines;
    }

    /// <summary>Tokens of one sentence as ROUGE-1.5.5 counts them.</summary>
    public string[] TokenizeSentence(string sentence)
    {
        var normal = Normalize(sentence);
        var raw = normal.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tokens = new List<string>(raw.Length);
        foreach (var token in raw)
        {
            if (_options.RemoveStopwords && _resources.Stopwords.Contains(token)) continue;
            char first = token[0];
            if (!(first is >= 'a' and <= 'z' or >= '0' and <= '9' or '$')) continue;
            tokens.Add(_options.Stem && token.Length > 3 ? StemToken(token) : token);
        }
        return tokens.ToArray();
    }

    /// <summary>The -m lookup: WordNet exception base form if listed, else the Porter stem.</summary>
    public string StemToken(string token) =>
        _resources.Exceptions.TryGetValue(token, out var stem) ? stem : RougePorterStemmer.Instance.Stem(token);

    /// <summary>ASCII lower-case, "-" padded with spaces, anything not [a-z0-9-] to a space.</summary>
    private static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (char ch in text)
        {
            if (ch is >= 'A' and <= 'Z') sb.Append((char)(ch + 32));
            else if (ch is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(ch);
            else if (ch == '-') sb.Append(" - ");
            else sb.Append(' ');
        }
        return sb.ToString();
    }
}
