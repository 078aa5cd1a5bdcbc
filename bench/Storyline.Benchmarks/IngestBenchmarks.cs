using BenchmarkDotNet.Attributes;
using Storyline.Articles;
using Storyline.Clean;
using Storyline.Ingest;
using Storyline.Ingest.Text;
using Storyline.Text;

namespace Storyline.Benchmarks;

/// <summary>
/// Ingest + clean + split: bytes → decoded text → plain-text reader → cleaner → paragraphs, sentences
/// and tokens, over the 500 DUC 2004 documents. One operation = all 500 documents.
/// </summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private List<byte[]> _documents = null!;
    private readonly PlainTextReader _reader = new();
    private readonly SentenceStage _sentences = new();

    [GlobalSetup]
    public void Setup() => _documents = BenchData.DucDocuments();

    [Benchmark(OperationsPerInvoke = 500)]
    public int IngestCleanSplit() => Run(_documents, _reader, _sentences);

    internal static int Run(List<byte[]> documents, PlainTextReader reader, SentenceStage sentences)
    {
        int total = 0;
        for (int i = 0; i < documents.Count; i++)
        {
            var input = new InputDocument("duc", documents[i], Url: null);
            var decoded = TextDecoder.Decode(documents[i], "duc").Decoded!;
            var draft = reader.Read(input, decoded.Text).Drafts[0];
            var article = Cleaner.Default.Clean(draft, "a" + i);
            article = sentences.Process(article);
            total += article.Get(Sentence.Layer).Length;
        }
        return total;
    }
}
