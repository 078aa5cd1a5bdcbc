namespace Storyline.Similarity.Embeddings;

/// <summary>
/// Turns sentences into vectors whose cosine says how alike their meanings are: a pretrained language model
/// (<see cref="MiniLmEmbedder"/>) or, in tests, a stand-in. Implementations are thread-safe: one instance serves every
/// story of a run.
/// </summary>
public interface ISentenceEmbedder
{
    /// <summary>The model's name, as the lab and the docs cite it.</summary>
    string Name { get; }

    /// <summary>The length of every vector.</summary>
    int Dimensions { get; }

    /// <summary>Embeds each text (in order); an empty text gets a zero vector and no pieces.</summary>
    IReadOnlyList<SentenceEmbedding> Embed(IReadOnlyList<string> texts);
}

/// <summary>
/// One sentence as the model reads it: the mean of its word-piece vectors scaled to length 1 (the sentence vector the
/// model was trained to compare by cosine), and the word pieces' own vectors, each of length 1, for aligning the pieces
/// of two sentences.
/// </summary>
/// <param name="Vector">The sentence vector, of length 1 (all zeros for an empty text).</param>
/// <param name="Pieces">The word pieces' vectors, <see cref="PieceCount"/> rows of <c>Vector.Length</c> numbers, without
/// the model's start and end markers.</param>
/// <param name="PieceCount">How many word pieces.</param>
public sealed record SentenceEmbedding(float[] Vector, float[] Pieces, int PieceCount)
{
    /// <summary>The vector of word piece <paramref name="i"/>.</summary>
    public ReadOnlySpan<float> Piece(int i) => Pieces.AsSpan(i * Vector.Length, Vector.Length);

    /// <summary>Cosine of two sentence vectors (both of length 1, so their dot product).</summary>
    public static double Cosine(SentenceEmbedding a, SentenceEmbedding b) =>
        System.Numerics.Tensors.TensorPrimitives.Dot(a.Vector, b.Vector);
}
