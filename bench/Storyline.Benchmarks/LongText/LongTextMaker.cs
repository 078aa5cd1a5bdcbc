using System.Text;
using System.Text.RegularExpressions;

namespace Storyline.Benchmarks.LongText;

/// <summary>
/// <c>long-text --copies N --out FILE</c>: one plain text made of the 500 DUC 2004 documents, N times, for the
/// single-long-text scaling runs (docs/benchmarks.md). Each document is one paragraph, re-wrapped at a width that
/// differs per copy (70, 72, 74 … characters) and separated from the next by a blank line: the cleaner drops lines it
/// has seen before, so copies wrapped alike would shrink back to one copy of the text.
/// </summary>
internal static partial class LongTextMaker
{
    public static int Run(string[] args)
    {
        int copies = 1;
        string? output = null;
        for (int i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--copies") copies = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            if (args[i] == "--out") output = args[i + 1];
        }
        if (output is null || copies < 1)
        {
            Console.Error.WriteLine("usage: long-text --copies N --out FILE");
            return 2;
        }
        var documents = BenchData.DucDocuments().Select(d => Space().Replace(Encoding.UTF8.GetString(d), " ").Trim()).ToList();
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false));
        for (int c = 0; c < copies; c++)
            foreach (var document in documents)
            {
                Wrap(document, 70 + 2 * c, writer);
                writer.Write('\n');
            }
        writer.Flush();
        Console.WriteLine($"wrote {copies} × {documents.Count} documents, {new FileInfo(output).Length:N0} bytes, to {output}");
        return 0;
    }

    /// <summary>Greedy wrap at <paramref name="width"/> characters (a longer word stands alone on its line).</summary>
    private static void Wrap(string paragraph, int width, TextWriter writer)
    {
        int column = 0;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (column > 0 && column + 1 + word.Length > width)
            {
                writer.Write('\n');
                column = 0;
            }
            if (column > 0) { writer.Write(' '); column++; }
            writer.Write(word);
            column += word.Length;
        }
        writer.Write('\n');
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
