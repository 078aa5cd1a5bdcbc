using System.Collections.Immutable;

namespace Storyline.Lab.Datasets.Ner;

/// <summary>
/// Reads the CoNLL-2003 column format: one token a line, the word first and the NER tag last,
/// blank lines between sentences and <c>-DOCSTART-</c> lines between documents.
/// </summary>
public static class ConllReader
{
    /// <summary>Reads a file; throws <see cref="FormatException"/> with the line number on a malformed line.</summary>
    public static ImmutableArray<ConllDocument> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"CoNLL file not found: {path}", path);
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static ImmutableArray<ConllDocument> Read(TextReader reader, string name = "input")
    {
        var docs = ImmutableArray.CreateBuilder<ConllDocument>();
        var sentences = ImmutableArray.CreateBuilder<ConllSentence>();
        var tokens = ImmutableArray.CreateBuilder<string>();
        var tags = ImmutableArray.CreateBuilder<string>();
        int lineNo = 0;

        void EndSentence()
        {
            if (tokens.Count == 0) return;
            sentences.Add(new ConllSentence(tokens.ToImmutable(), tags.ToImmutable()));
            tokens.Clear();
            tags.Clear();
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count == 0) return;
            docs.Add(new ConllDocument(sentences.ToImmutable()));
            sentences.Clear();
        }

        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) { EndSentence(); continue; }
            var cols = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cols[0] == "-DOCSTART-") { EndDocument(); continue; }
            if (cols.Length < 2)
                throw new FormatException($"{name}:{lineNo}: expected 'token ... tag', got '{line}'.");
            var tag = cols[^1];
            if (tag != "O" && !(tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I'))
                throw new FormatException($"{name}:{lineNo}: '{tag}' is not an IOB tag.");
            tokens.Add(cols[0]);
            tags.Add(tag);
        }
        EndDocument();
        return docs.ToImmutable();
    }
}
